using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zorginkoop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class VragenEnNvI : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "NvIRondes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AanbestedingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Nummer = table.Column<int>(type: "INTEGER", nullable: false),
                    GepubliceerdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GepubliceerdDoor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    InhoudJson = table.Column<string>(type: "TEXT", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NvIRondes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NvIRondes_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Vragen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AanbestedingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Volgnummer = table.Column<int>(type: "INTEGER", nullable: false),
                    ZorgaanbiederId = table.Column<int>(type: "INTEGER", nullable: true),
                    GesteldDoor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    GesteldOp = table.Column<long>(type: "INTEGER", nullable: false),
                    PerceelNummer = table.Column<int>(type: "INTEGER", nullable: true),
                    Onderwerp = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Tekst = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ToegewezenAan = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    PubliekeVraag = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Antwoord = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    BeantwoordDoor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NvIRondeId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vragen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vragen_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Vragen_NvIRondes_NvIRondeId",
                        column: x => x.NvIRondeId,
                        principalTable: "NvIRondes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Vragen_Zorgaanbieders_ZorgaanbiederId",
                        column: x => x.ZorgaanbiederId,
                        principalTable: "Zorgaanbieders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_NvIRondes_AanbestedingId_Nummer",
                table: "NvIRondes",
                columns: new[] { "AanbestedingId", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vragen_AanbestedingId_Volgnummer",
                table: "Vragen",
                columns: new[] { "AanbestedingId", "Volgnummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vragen_NvIRondeId",
                table: "Vragen",
                column: "NvIRondeId");

            migrationBuilder.CreateIndex(
                name: "IX_Vragen_ZorgaanbiederId",
                table: "Vragen",
                column: "ZorgaanbiederId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Vragen");

            migrationBuilder.DropTable(
                name: "NvIRondes");
        }
    }
}
