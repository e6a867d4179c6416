using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zorginkoop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Inschrijvingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ZorgaanbiederId",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Inschrijvingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AanbestedingId = table.Column<int>(type: "INTEGER", nullable: false),
                    ZorgaanbiederId = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    Sleutel = table.Column<byte[]>(type: "BLOB", maxLength: 1024, nullable: false),
                    Kwaliteit = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Prijs = table.Column<byte[]>(type: "BLOB", nullable: true),
                    IngediendOp = table.Column<long>(type: "INTEGER", nullable: true),
                    Ontvangstbewijs = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    LaatsteVerzoek = table.Column<Guid>(type: "TEXT", nullable: true),
                    Gewijzigd = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inschrijvingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inschrijvingen_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Inschrijvingen_Zorgaanbieders_ZorgaanbiederId",
                        column: x => x.ZorgaanbiederId,
                        principalTable: "Zorgaanbieders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Inschrijvingseisen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AanbestedingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Volgorde = table.Column<int>(type: "INTEGER", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Tekst = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Verplicht = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inschrijvingseisen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inschrijvingseisen_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KluisOpeningen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AanbestedingId = table.Column<int>(type: "INTEGER", nullable: false),
                    AangevraagdDoor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AangevraagdOp = table.Column<long>(type: "INTEGER", nullable: false),
                    BevestigdDoor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    BevestigdOp = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KluisOpeningen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KluisOpeningen_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Ontvangstbewijzen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InschrijvingId = table.Column<int>(type: "INTEGER", nullable: false),
                    AanbestedingId = table.Column<int>(type: "INTEGER", nullable: false),
                    ZorgaanbiederId = table.Column<int>(type: "INTEGER", nullable: false),
                    Versie = table.Column<int>(type: "INTEGER", nullable: false),
                    Moment = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Herbevestiging = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ontvangstbewijzen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ontvangstbewijzen_Inschrijvingen_InschrijvingId",
                        column: x => x.InschrijvingId,
                        principalTable: "Inschrijvingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InschrijvingBestanden",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InschrijvingId = table.Column<int>(type: "INTEGER", nullable: false),
                    EisId = table.Column<int>(type: "INTEGER", nullable: false),
                    NaamVersleuteld = table.Column<byte[]>(type: "BLOB", maxLength: 1024, nullable: false),
                    Opslagnaam = table.Column<string>(type: "TEXT", maxLength: 36, nullable: false),
                    Grootte = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Moment = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InschrijvingBestanden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InschrijvingBestanden_Inschrijvingen_InschrijvingId",
                        column: x => x.InschrijvingId,
                        principalTable: "Inschrijvingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InschrijvingBestanden_Inschrijvingseisen_EisId",
                        column: x => x.EisId,
                        principalTable: "Inschrijvingseisen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InschrijvingBestanden_EisId",
                table: "InschrijvingBestanden",
                column: "EisId");

            migrationBuilder.CreateIndex(
                name: "IX_InschrijvingBestanden_InschrijvingId",
                table: "InschrijvingBestanden",
                column: "InschrijvingId");

            migrationBuilder.CreateIndex(
                name: "IX_InschrijvingBestanden_Opslagnaam",
                table: "InschrijvingBestanden",
                column: "Opslagnaam",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inschrijvingen_AanbestedingId_ZorgaanbiederId",
                table: "Inschrijvingen",
                columns: new[] { "AanbestedingId", "ZorgaanbiederId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inschrijvingen_ZorgaanbiederId",
                table: "Inschrijvingen",
                column: "ZorgaanbiederId");

            migrationBuilder.CreateIndex(
                name: "IX_Inschrijvingseisen_AanbestedingId_Volgorde",
                table: "Inschrijvingseisen",
                columns: new[] { "AanbestedingId", "Volgorde" });

            migrationBuilder.CreateIndex(
                name: "IX_KluisOpeningen_AanbestedingId",
                table: "KluisOpeningen",
                column: "AanbestedingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ontvangstbewijzen_InschrijvingId_Versie",
                table: "Ontvangstbewijzen",
                columns: new[] { "InschrijvingId", "Versie" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ontvangstbewijzen_Sha256",
                table: "Ontvangstbewijzen",
                column: "Sha256");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InschrijvingBestanden");

            migrationBuilder.DropTable(
                name: "KluisOpeningen");

            migrationBuilder.DropTable(
                name: "Ontvangstbewijzen");

            migrationBuilder.DropTable(
                name: "Inschrijvingseisen");

            migrationBuilder.DropTable(
                name: "Inschrijvingen");

            migrationBuilder.DropColumn(
                name: "ZorgaanbiederId",
                table: "AspNetUsers");
        }
    }
}
