using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zorginkoop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ZorggegevensApart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The care data moves to a database of its own (Zorgdata.ZorgdataDbContext); at start its rows are copied
            // there first (Zorgdata.ZorgdataVerhuizing), so dropping the old tables loses nothing.
            migrationBuilder.DropTable(
                name: "Toewijzingen");

            migrationBuilder.DropTable(
                name: "Zorgregels");

            migrationBuilder.DropTable(
                name: "Importruns");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Importruns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AlAanwezig = table.Column<int>(type: "INTEGER", nullable: false),
                    Beeindigd = table.Column<long>(type: "INTEGER", nullable: true),
                    Bestandsnaam = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    Formaat = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Gebruiker = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Gestart = table.Column<long>(type: "INTEGER", nullable: false),
                    Meldingen = table.Column<string>(type: "TEXT", nullable: true),
                    Regels = table.Column<int>(type: "INTEGER", nullable: false),
                    Resultaat = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Toegevoegd = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Afgewezen = table.Column<bool>(type: "INTEGER", nullable: false),
                    AgbCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    BedragCent = table.Column<long>(type: "INTEGER", nullable: false),
                    Begindatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClientSleutel = table.Column<byte[]>(type: "BLOB", maxLength: 16, nullable: false),
                    EenheidCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Einddatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    ImportrunId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReferentieNummer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Sleutel = table.Column<byte[]>(type: "BLOB", maxLength: 16, nullable: false),
                    ToewijzingNummer = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    TrajectSleutel = table.Column<byte[]>(type: "BLOB", maxLength: 16, nullable: false),
                    Volume = table.Column<long>(type: "INTEGER", nullable: false),
                    VorigReferentieNummer = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Zorgregels", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Toewijzingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AgbCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    BudgetCent = table.Column<long>(type: "INTEGER", nullable: true),
                    CategorieCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Client = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    EenheidCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Einddatum = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Frequentie = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    ImportrunId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ingangsdatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ProductCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: true),
                    RedenBeeindiging = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    RedenWijziging = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    ToewijzingNummer = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Toewijzingsmoment = table.Column<long>(type: "INTEGER", nullable: false),
                    Verwijderd = table.Column<bool>(type: "INTEGER", nullable: false),
                    Volume = table.Column<int>(type: "INTEGER", nullable: true),
                    ZorgBegonnen = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ZorgGestopt = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Toewijzingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Toewijzingen_Importruns_ImportrunId",
                        column: x => x.ImportrunId,
                        principalTable: "Importruns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Toewijzingen_Producten_ProductId",
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
                name: "IX_Toewijzingen_GemeenteCode_ToewijzingNummer",
                table: "Toewijzingen",
                columns: new[] { "GemeenteCode", "ToewijzingNummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Toewijzingen_ImportrunId",
                table: "Toewijzingen",
                column: "ImportrunId");

            migrationBuilder.CreateIndex(
                name: "IX_Toewijzingen_Ingangsdatum_Einddatum",
                table: "Toewijzingen",
                columns: new[] { "Ingangsdatum", "Einddatum" });

            migrationBuilder.CreateIndex(
                name: "IX_Toewijzingen_ProductId",
                table: "Toewijzingen",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_Zorgregels_Sleutel",
                table: "Zorgregels",
                column: "Sleutel",
                unique: true);
        }
    }
}
