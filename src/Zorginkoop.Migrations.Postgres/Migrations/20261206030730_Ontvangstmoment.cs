using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zorginkoop.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Ontvangstmoment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "OpgeslagenOp",
                table: "Ontvangstbewijzen",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Receipts given before this column existed were stored at the moment they record.
            migrationBuilder.Sql("UPDATE \"Ontvangstbewijzen\" SET \"OpgeslagenOp\" = \"Moment\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OpgeslagenOp",
                table: "Ontvangstbewijzen");
        }
    }
}
