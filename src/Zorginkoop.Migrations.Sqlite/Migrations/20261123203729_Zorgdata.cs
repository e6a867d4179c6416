using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zorginkoop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Zorgdata : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Importruns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Bestandsnaam = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Formaat = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Gebruiker = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Gestart = table.Column<long>(type: "INTEGER", nullable: false),
                    Beeindigd = table.Column<long>(type: "INTEGER", nullable: true),
                    Regels = table.Column<int>(type: "INTEGER", nullable: false),
                    Toegevoegd = table.Column<int>(type: "INTEGER", nullable: false),
                    AlAanwezig = table.Column<int>(type: "INTEGER", nullable: false),
                    Resultaat = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Meldingen = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Importruns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Zorgregels",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportrunId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sleutel = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ToewijzingNummer = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    Client = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Traject = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    AgbCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    Begindatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Einddatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Volume = table.Column<long>(type: "INTEGER", nullable: false),
                    EenheidCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    BedragCent = table.Column<long>(type: "INTEGER", nullable: false),
                    ReferentieNummer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    VorigReferentieNummer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Afgewezen = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Zorgregels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Zorgregels_Importruns_ImportrunId",
                        column: x => x.ImportrunId,
                        principalTable: "Importruns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Zorgregels_Producten_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Producten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Importruns_Sha256",
                table: "Importruns",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_Zorgregels_AgbCode_ReferentieNummer",
                table: "Zorgregels",
                columns: new[] { "AgbCode", "ReferentieNummer" });

            migrationBuilder.CreateIndex(
                name: "IX_Zorgregels_Begindatum_ProductId",
                table: "Zorgregels",
                columns: new[] { "Begindatum", "ProductId" });

            migrationBuilder.CreateIndex(
                name: "IX_Zorgregels_ImportrunId",
                table: "Zorgregels",
                column: "ImportrunId");

            migrationBuilder.CreateIndex(
                name: "IX_Zorgregels_ProductId",
                table: "Zorgregels",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_Zorgregels_Sleutel",
                table: "Zorgregels",
                column: "Sleutel",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Zorgregels");

            migrationBuilder.DropTable(
                name: "Importruns");
        }
    }
}
