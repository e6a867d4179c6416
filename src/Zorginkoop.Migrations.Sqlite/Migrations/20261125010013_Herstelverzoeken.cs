using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zorginkoop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Herstelverzoeken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Herstelverzoeken",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AanbestedingId = table.Column<int>(type: "INTEGER", nullable: false),
                    InschrijvingId = table.Column<int>(type: "INTEGER", nullable: false),
                    ZorgaanbiederId = table.Column<int>(type: "INTEGER", nullable: false),
                    EisId = table.Column<int>(type: "INTEGER", nullable: false),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Termijn = table.Column<long>(type: "INTEGER", nullable: false),
                    GevraagdDoor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    GevraagdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    AangeleverdOp = table.Column<long>(type: "INTEGER", nullable: true),
                    Opslagnaam = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NaamVersleuteld = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Grootte = table.Column<long>(type: "INTEGER", nullable: true),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Herstelverzoeken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Herstelverzoeken_Inschrijvingen_InschrijvingId",
                        column: x => x.InschrijvingId,
                        principalTable: "Inschrijvingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Herstelverzoeken_Inschrijvingseisen_EisId",
                        column: x => x.EisId,
                        principalTable: "Inschrijvingseisen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Herstelverzoeken_EisId",
                table: "Herstelverzoeken",
                column: "EisId");

            migrationBuilder.CreateIndex(
                name: "IX_Herstelverzoeken_InschrijvingId_EisId",
                table: "Herstelverzoeken",
                columns: new[] { "InschrijvingId", "EisId" });

            migrationBuilder.CreateIndex(
                name: "IX_Herstelverzoeken_ZorgaanbiederId",
                table: "Herstelverzoeken",
                column: "ZorgaanbiederId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Herstelverzoeken");
        }
    }
}
