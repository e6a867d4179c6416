using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zorginkoop.Migrations.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    InschrijvingId = table.Column<int>(type: "integer", nullable: false),
                    ZorgaanbiederId = table.Column<int>(type: "integer", nullable: false),
                    EisId = table.Column<int>(type: "integer", nullable: false),
                    Toelichting = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Termijn = table.Column<long>(type: "bigint", nullable: false),
                    GevraagdDoor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    GevraagdOp = table.Column<long>(type: "bigint", nullable: false),
                    AangeleverdOp = table.Column<long>(type: "bigint", nullable: true),
                    Opslagnaam = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    NaamVersleuteld = table.Column<byte[]>(type: "bytea", nullable: true),
                    Grootte = table.Column<long>(type: "bigint", nullable: true),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
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
