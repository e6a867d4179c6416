using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zorginkoop.Migrations.Postgres.Migrations.Zorgdata
{
    /// <inheritdoc />
    public partial class Eerste : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "zorgdata");

            migrationBuilder.CreateTable(
                name: "Importruns",
                schema: "zorgdata",
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
                    Opdracht = table.Column<Guid>(type: "uuid", nullable: true),
                    Meldingen = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Importruns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Zorgregels",
                schema: "zorgdata",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportrunId = table.Column<int>(type: "integer", nullable: false),
                    Sleutel = table.Column<byte[]>(type: "bytea", maxLength: 16, nullable: false),
                    ToewijzingNummer = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    ClientSleutel = table.Column<byte[]>(type: "bytea", maxLength: 16, nullable: false),
                    TrajectSleutel = table.Column<byte[]>(type: "bytea", maxLength: 16, nullable: false),
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
                });

            migrationBuilder.CreateTable(
                name: "Toewijzingen",
                schema: "zorgdata",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportrunId = table.Column<int>(type: "integer", nullable: false),
                    GemeenteCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    AgbCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ToewijzingNummer = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Client = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CategorieCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    ProductCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    ProductId = table.Column<int>(type: "integer", nullable: true),
                    Ingangsdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Einddatum = table.Column<DateOnly>(type: "date", nullable: true),
                    Toewijzingsmoment = table.Column<long>(type: "bigint", nullable: false),
                    RedenWijziging = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Volume = table.Column<int>(type: "integer", nullable: true),
                    EenheidCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Frequentie = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    BudgetCent = table.Column<long>(type: "bigint", nullable: true),
                    ZorgBegonnen = table.Column<DateOnly>(type: "date", nullable: true),
                    ZorgGestopt = table.Column<DateOnly>(type: "date", nullable: true),
                    RedenBeeindiging = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Verwijderd = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Toewijzingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Toewijzingen_Importruns_ImportrunId",
                        column: x => x.ImportrunId,
                        principalSchema: "zorgdata",
                        principalTable: "Importruns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Importruns_Opdracht",
                schema: "zorgdata",
                table: "Importruns",
                column: "Opdracht");

            migrationBuilder.CreateIndex(
                name: "IX_Importruns_Sha256",
                schema: "zorgdata",
                table: "Importruns",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_Toewijzingen_GemeenteCode_ToewijzingNummer",
                schema: "zorgdata",
                table: "Toewijzingen",
                columns: new[] { "GemeenteCode", "ToewijzingNummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Toewijzingen_ImportrunId",
                schema: "zorgdata",
                table: "Toewijzingen",
                column: "ImportrunId");

            migrationBuilder.CreateIndex(
                name: "IX_Toewijzingen_Ingangsdatum_Einddatum",
                schema: "zorgdata",
                table: "Toewijzingen",
                columns: new[] { "Ingangsdatum", "Einddatum" });

            migrationBuilder.CreateIndex(
                name: "IX_Zorgregels_Sleutel",
                schema: "zorgdata",
                table: "Zorgregels",
                column: "Sleutel",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Toewijzingen",
                schema: "zorgdata");

            migrationBuilder.DropTable(
                name: "Zorgregels",
                schema: "zorgdata");

            migrationBuilder.DropTable(
                name: "Importruns",
                schema: "zorgdata");
        }
    }
}
