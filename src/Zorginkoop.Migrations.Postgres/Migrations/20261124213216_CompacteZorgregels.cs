using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zorginkoop.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CompacteZorgregels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Care lines get numbered clients and trajecten, a binary key and no indexes besides it. Nothing was
            // released with the old layout, so the lines are removed with the runs that brought them, to be imported
            // again (the demo care data loads itself again at the next start). Allocations and their runs stay.
            migrationBuilder.Sql("DELETE FROM \"Zorgregels\"; DELETE FROM \"Importruns\" WHERE \"Formaat\" IN ('csv', 'jw323', 'wmo323', 'jw325', 'wmo325');");

            migrationBuilder.DropIndex(
                name: "IX_Zorgregels_ImportrunId",
                table: "Zorgregels");

            migrationBuilder.DropIndex(
                name: "IX_Zorgregels_Monitor",
                table: "Zorgregels");

            migrationBuilder.DropIndex(
                name: "IX_Zorgregels_ProductId",
                table: "Zorgregels");

            migrationBuilder.DropColumn(
                name: "Client",
                table: "Zorgregels");

            migrationBuilder.DropColumn(
                name: "Traject",
                table: "Zorgregels");

            migrationBuilder.DropIndex(
                name: "IX_Zorgregels_Sleutel",
                table: "Zorgregels");

            // text cannot be cast to bytea; the table is empty here, so the column is made anew.
            migrationBuilder.DropColumn(
                name: "Sleutel",
                table: "Zorgregels");

            migrationBuilder.AddColumn<byte[]>(
                name: "Sleutel",
                table: "Zorgregels",
                type: "bytea",
                maxLength: 16,
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.CreateIndex(
                name: "IX_Zorgregels_Sleutel",
                table: "Zorgregels",
                column: "Sleutel",
                unique: true);

            migrationBuilder.AddColumn<int>(
                name: "ClientId",
                table: "Zorgregels",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "TrajectId",
                table: "Zorgregels",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Clienten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Pseudoniem = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Clienten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Zorgtrajecten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sleutel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Zorgtrajecten", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Clienten_Pseudoniem",
                table: "Clienten",
                column: "Pseudoniem",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Zorgtrajecten_Sleutel",
                table: "Zorgtrajecten",
                column: "Sleutel",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Clienten");

            migrationBuilder.DropTable(
                name: "Zorgtrajecten");

            migrationBuilder.DropColumn(
                name: "ClientId",
                table: "Zorgregels");

            migrationBuilder.DropColumn(
                name: "TrajectId",
                table: "Zorgregels");

            migrationBuilder.AlterColumn<string>(
                name: "Sleutel",
                table: "Zorgregels",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(byte[]),
                oldType: "bytea",
                oldMaxLength: 16);

            migrationBuilder.AddColumn<string>(
                name: "Client",
                table: "Zorgregels",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Traject",
                table: "Zorgregels",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Zorgregels_ImportrunId",
                table: "Zorgregels",
                column: "ImportrunId");

            migrationBuilder.CreateIndex(
                name: "IX_Zorgregels_Monitor",
                table: "Zorgregels",
                columns: new[] { "Begindatum", "ProductId", "GemeenteCode", "AgbCode", "Afgewezen", "Traject", "Client", "BedragCent" });

            migrationBuilder.CreateIndex(
                name: "IX_Zorgregels_ProductId",
                table: "Zorgregels",
                column: "ProductId");
        }
    }
}
