using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zorginkoop.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class GunningEnContracten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Beoordelingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    InschrijvingId = table.Column<int>(type: "integer", nullable: false),
                    Beoordelaar = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    IngediendOp = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Beoordelingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Beoordelingen_Inschrijvingen_InschrijvingId",
                        column: x => x.InschrijvingId,
                        principalTable: "Inschrijvingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Bezwaren",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    ZorgaanbiederId = table.Column<int>(type: "integer", nullable: true),
                    Soort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IngediendOp = table.Column<long>(type: "bigint", nullable: false),
                    GeregistreerdDoor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Afhandeling = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AfgehandeldOp = table.Column<long>(type: "bigint", nullable: true),
                    AfgehandeldDoor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bezwaren", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bezwaren_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bezwaren_Zorgaanbieders_ZorgaanbiederId",
                        column: x => x.ZorgaanbiederId,
                        principalTable: "Zorgaanbieders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Criteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    PerceelNummer = table.Column<int>(type: "integer", nullable: true),
                    Volgorde = table.Column<int>(type: "integer", nullable: false),
                    Soort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Naam = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Weging = table.Column<int>(type: "integer", nullable: false),
                    SchaalMax = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Criteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Criteria_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Gunningsbesluiten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    InschrijvingId = table.Column<int>(type: "integer", nullable: false),
                    ZorgaanbiederId = table.Column<int>(type: "integer", nullable: false),
                    PerceelNummer = table.Column<int>(type: "integer", nullable: false),
                    Uitkomst = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Positie = table.Column<int>(type: "integer", nullable: true),
                    KwaliteitPunten = table.Column<int>(type: "integer", nullable: false),
                    PrijsPunten = table.Column<int>(type: "integer", nullable: false),
                    TotaalPunten = table.Column<int>(type: "integer", nullable: false),
                    Reden = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Gelijkspel = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    VerzondenOp = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gunningsbesluiten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Gunningsbesluiten_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Gunningsbesluiten_Inschrijvingen_InschrijvingId",
                        column: x => x.InschrijvingId,
                        principalTable: "Inschrijvingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Gunningsdossiers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    Gelijkspelregel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    KwaliteitDefinitiefOp = table.Column<long>(type: "bigint", nullable: true),
                    KwaliteitDefinitiefDoor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gunningsdossiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Gunningsdossiers_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Lotingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    PerceelNummer = table.Column<int>(type: "integer", nullable: false),
                    Volgorde = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Door = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Getuige = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Moment = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lotingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lotingen_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Raamovereenkomsten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    PerceelNummer = table.Column<int>(type: "integer", nullable: false),
                    ZorgaanbiederId = table.Column<int>(type: "integer", nullable: false),
                    Herkomst = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    Einde = table.Column<DateOnly>(type: "date", nullable: false),
                    OorspronkelijkEinde = table.Column<DateOnly>(type: "date", nullable: false),
                    VerlengingenMogelijk = table.Column<int>(type: "integer", nullable: false),
                    VerlengingMaanden = table.Column<int>(type: "integer", nullable: false),
                    VerlengingenGebruikt = table.Column<int>(type: "integer", nullable: false),
                    NietVerlengen = table.Column<bool>(type: "boolean", nullable: false),
                    BeeindigdPer = table.Column<DateOnly>(type: "date", nullable: true),
                    BeeindigingsReden = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Consortium = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Transformatieplan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    TransformatiebudgetCent = table.Column<long>(type: "bigint", nullable: true),
                    Versie = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Raamovereenkomsten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Raamovereenkomsten_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Raamovereenkomsten_Zorgaanbieders_ZorgaanbiederId",
                        column: x => x.ZorgaanbiederId,
                        principalTable: "Zorgaanbieders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Toelatingsaanvragen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    ZorgaanbiederId = table.Column<int>(type: "integer", nullable: false),
                    Percelen = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IngediendOp = table.Column<long>(type: "bigint", nullable: false),
                    IngediendDoor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BesluitOp = table.Column<long>(type: "bigint", nullable: true),
                    BesluitDoor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Reden = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Toelatingsaanvragen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Toelatingsaanvragen_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Toelatingsaanvragen_Zorgaanbieders_ZorgaanbiederId",
                        column: x => x.ZorgaanbiederId,
                        principalTable: "Zorgaanbieders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Consensusscores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    InschrijvingId = table.Column<int>(type: "integer", nullable: false),
                    CriteriumId = table.Column<int>(type: "integer", nullable: false),
                    Waarde = table.Column<int>(type: "integer", nullable: false),
                    Motivatie = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Door = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Moment = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consensusscores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consensusscores_Criteria_CriteriumId",
                        column: x => x.CriteriumId,
                        principalTable: "Criteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consensusscores_Inschrijvingen_InschrijvingId",
                        column: x => x.InschrijvingId,
                        principalTable: "Inschrijvingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Scores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BeoordelingId = table.Column<int>(type: "integer", nullable: false),
                    CriteriumId = table.Column<int>(type: "integer", nullable: false),
                    Waarde = table.Column<int>(type: "integer", nullable: false),
                    Motivatie = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Scores_Beoordelingen_BeoordelingId",
                        column: x => x.BeoordelingId,
                        principalTable: "Beoordelingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Scores_Criteria_CriteriumId",
                        column: x => x.CriteriumId,
                        principalTable: "Criteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Contractalarmen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RaamovereenkomstId = table.Column<int>(type: "integer", nullable: false),
                    Einde = table.Column<DateOnly>(type: "date", nullable: false),
                    EersteMelding = table.Column<long>(type: "bigint", nullable: false),
                    LaatsteMelding = table.Column<long>(type: "bigint", nullable: false),
                    AantalMeldingen = table.Column<int>(type: "integer", nullable: false),
                    AfgehandeldOp = table.Column<long>(type: "bigint", nullable: true),
                    AfgehandeldDoor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contractalarmen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contractalarmen_Raamovereenkomsten_RaamovereenkomstId",
                        column: x => x.RaamovereenkomstId,
                        principalTable: "Raamovereenkomsten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContractLeden",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RaamovereenkomstId = table.Column<int>(type: "integer", nullable: false),
                    ZorgaanbiederId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractLeden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractLeden_Raamovereenkomsten_RaamovereenkomstId",
                        column: x => x.RaamovereenkomstId,
                        principalTable: "Raamovereenkomsten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContractLeden_Zorgaanbieders_ZorgaanbiederId",
                        column: x => x.ZorgaanbiederId,
                        principalTable: "Zorgaanbieders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Beoordelingen_AanbestedingId",
                table: "Beoordelingen",
                column: "AanbestedingId");

            migrationBuilder.CreateIndex(
                name: "IX_Beoordelingen_InschrijvingId_Beoordelaar",
                table: "Beoordelingen",
                columns: new[] { "InschrijvingId", "Beoordelaar" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Bezwaren_AanbestedingId",
                table: "Bezwaren",
                column: "AanbestedingId");

            migrationBuilder.CreateIndex(
                name: "IX_Bezwaren_ZorgaanbiederId",
                table: "Bezwaren",
                column: "ZorgaanbiederId");

            migrationBuilder.CreateIndex(
                name: "IX_Consensusscores_AanbestedingId",
                table: "Consensusscores",
                column: "AanbestedingId");

            migrationBuilder.CreateIndex(
                name: "IX_Consensusscores_CriteriumId",
                table: "Consensusscores",
                column: "CriteriumId");

            migrationBuilder.CreateIndex(
                name: "IX_Consensusscores_InschrijvingId_CriteriumId",
                table: "Consensusscores",
                columns: new[] { "InschrijvingId", "CriteriumId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contractalarmen_RaamovereenkomstId_Einde",
                table: "Contractalarmen",
                columns: new[] { "RaamovereenkomstId", "Einde" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContractLeden_RaamovereenkomstId_ZorgaanbiederId",
                table: "ContractLeden",
                columns: new[] { "RaamovereenkomstId", "ZorgaanbiederId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContractLeden_ZorgaanbiederId",
                table: "ContractLeden",
                column: "ZorgaanbiederId");

            migrationBuilder.CreateIndex(
                name: "IX_Criteria_AanbestedingId_Volgorde",
                table: "Criteria",
                columns: new[] { "AanbestedingId", "Volgorde" });

            migrationBuilder.CreateIndex(
                name: "IX_Gunningsbesluiten_AanbestedingId_InschrijvingId_PerceelNumm~",
                table: "Gunningsbesluiten",
                columns: new[] { "AanbestedingId", "InschrijvingId", "PerceelNummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Gunningsbesluiten_InschrijvingId",
                table: "Gunningsbesluiten",
                column: "InschrijvingId");

            migrationBuilder.CreateIndex(
                name: "IX_Gunningsdossiers_AanbestedingId",
                table: "Gunningsdossiers",
                column: "AanbestedingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Lotingen_AanbestedingId_PerceelNummer",
                table: "Lotingen",
                columns: new[] { "AanbestedingId", "PerceelNummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Raamovereenkomsten_AanbestedingId_PerceelNummer_Zorgaanbied~",
                table: "Raamovereenkomsten",
                columns: new[] { "AanbestedingId", "PerceelNummer", "ZorgaanbiederId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Raamovereenkomsten_Einde",
                table: "Raamovereenkomsten",
                column: "Einde");

            migrationBuilder.CreateIndex(
                name: "IX_Raamovereenkomsten_ZorgaanbiederId",
                table: "Raamovereenkomsten",
                column: "ZorgaanbiederId");

            migrationBuilder.CreateIndex(
                name: "IX_Scores_BeoordelingId_CriteriumId",
                table: "Scores",
                columns: new[] { "BeoordelingId", "CriteriumId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Scores_CriteriumId",
                table: "Scores",
                column: "CriteriumId");

            migrationBuilder.CreateIndex(
                name: "IX_Toelatingsaanvragen_AanbestedingId_Status",
                table: "Toelatingsaanvragen",
                columns: new[] { "AanbestedingId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Toelatingsaanvragen_ZorgaanbiederId",
                table: "Toelatingsaanvragen",
                column: "ZorgaanbiederId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Bezwaren");

            migrationBuilder.DropTable(
                name: "Consensusscores");

            migrationBuilder.DropTable(
                name: "Contractalarmen");

            migrationBuilder.DropTable(
                name: "ContractLeden");

            migrationBuilder.DropTable(
                name: "Gunningsbesluiten");

            migrationBuilder.DropTable(
                name: "Gunningsdossiers");

            migrationBuilder.DropTable(
                name: "Lotingen");

            migrationBuilder.DropTable(
                name: "Scores");

            migrationBuilder.DropTable(
                name: "Toelatingsaanvragen");

            migrationBuilder.DropTable(
                name: "Raamovereenkomsten");

            migrationBuilder.DropTable(
                name: "Beoordelingen");

            migrationBuilder.DropTable(
                name: "Criteria");
        }
    }
}
