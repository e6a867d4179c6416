using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zorginkoop.Migrations.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Bestandsnaam = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Formaat = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Gebruiker = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Gestart = table.Column<long>(type: "bigint", nullable: false),
                    Beeindigd = table.Column<long>(type: "bigint", nullable: true),
                    Regels = table.Column<int>(type: "integer", nullable: false),
                    Toegevoegd = table.Column<int>(type: "integer", nullable: false),
                    AlAanwezig = table.Column<int>(type: "integer", nullable: false),
                    Resultaat = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Meldingen = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Importruns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Zorgregels",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportrunId = table.Column<int>(type: "integer", nullable: false),
                    Sleutel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ToewijzingNummer = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    Client = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Traject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    GemeenteCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    AgbCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    Begindatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Einddatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Volume = table.Column<long>(type: "bigint", nullable: false),
                    EenheidCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    BedragCent = table.Column<long>(type: "bigint", nullable: false),
                    ReferentieNummer = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    VorigReferentieNummer = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Afgewezen = table.Column<bool>(type: "boolean", nullable: false)
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
