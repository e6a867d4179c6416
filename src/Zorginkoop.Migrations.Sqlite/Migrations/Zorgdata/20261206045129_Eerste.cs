using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zorginkoop.Migrations.Sqlite.Migrations.Zorgdata
{
    /// <inheritdoc />
    public partial class Eerste : Migration
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
                    Opdracht = table.Column<Guid>(type: "TEXT", nullable: true),
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
                    Sleutel = table.Column<byte[]>(type: "BLOB", maxLength: 16, nullable: false),
                    ToewijzingNummer = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    ClientSleutel = table.Column<byte[]>(type: "BLOB", maxLength: 16, nullable: false),
                    TrajectSleutel = table.Column<byte[]>(type: "BLOB", maxLength: 16, nullable: false),
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
                });

            migrationBuilder.CreateTable(
                name: "Toewijzingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ImportrunId = table.Column<int>(type: "INTEGER", nullable: false),
                    GemeenteCode = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    AgbCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    ToewijzingNummer = table.Column<string>(type: "TEXT", maxLength: 9, nullable: false),
                    Client = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CategorieCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    ProductCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    ProductId = table.Column<int>(type: "INTEGER", nullable: true),
                    Ingangsdatum = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Einddatum = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Toewijzingsmoment = table.Column<long>(type: "INTEGER", nullable: false),
                    RedenWijziging = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Volume = table.Column<int>(type: "INTEGER", nullable: true),
                    EenheidCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Frequentie = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    BudgetCent = table.Column<long>(type: "INTEGER", nullable: true),
                    ZorgBegonnen = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ZorgGestopt = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RedenBeeindiging = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    Verwijderd = table.Column<bool>(type: "INTEGER", nullable: false)
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
                });

            migrationBuilder.CreateIndex(
                name: "IX_Importruns_Opdracht",
                table: "Importruns",
                column: "Opdracht");

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
                name: "IX_Zorgregels_Sleutel",
                table: "Zorgregels",
                column: "Sleutel",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Toewijzingen");

            migrationBuilder.DropTable(
                name: "Zorgregels");

            migrationBuilder.DropTable(
                name: "Importruns");
        }
    }
}
