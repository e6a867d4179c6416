using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zorginkoop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AanbiederGoedkeuring : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "WachtOpGoedkeuringSinds",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.Sql(Zorginkoop.Accounts.AanbiederBeheerderOverstap.Omhoog);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Zorginkoop.Accounts.AanbiederBeheerderOverstap.Omlaag);

            migrationBuilder.DropColumn(
                name: "WachtOpGoedkeuringSinds",
                table: "AspNetUsers");
        }
    }
}
