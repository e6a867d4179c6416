using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zorginkoop.Migrations.Postgres.Migrations.Zorgdata
{
    /// <inheritdoc />
    public partial class ImportrunGemeenten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Gemeenten",
                schema: "zorgdata",
                table: "Importruns",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Gemeenten",
                schema: "zorgdata",
                table: "Importruns");
        }
    }
}
