using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zorginkoop.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Inkooptrajecten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HeropeningVanId",
                table: "Aanbestedingen",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "InkooptrajectId",
                table: "Aanbestedingen",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MaxGunningenPerPerceel",
                table: "Aanbestedingen",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "StandstillDagen",
                table: "Aanbestedingen",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Inkooptrajecten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegioId = table.Column<int>(type: "integer", nullable: false),
                    Naam = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Jeugd = table.Column<bool>(type: "boolean", nullable: false),
                    Wmo = table.Column<bool>(type: "boolean", nullable: false),
                    Openbaar = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inkooptrajecten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inkooptrajecten_Regios_RegioId",
                        column: x => x.RegioId,
                        principalTable: "Regios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Percelen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    Nummer = table.Column<int>(type: "integer", nullable: false),
                    Naam = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SegmentId = table.Column<int>(type: "integer", nullable: true),
                    ProductId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Percelen", x => x.Id);
                    table.CheckConstraint("CK_Percelen_SegmentOfProduct", "(\"SegmentId\" IS NULL AND \"ProductId\" IS NOT NULL) OR (\"SegmentId\" IS NOT NULL AND \"ProductId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_Percelen_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Percelen_Producten_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Producten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Percelen_Segmenten_SegmentId",
                        column: x => x.SegmentId,
                        principalTable: "Segmenten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Rectificaties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    Nummer = table.Column<int>(type: "integer", nullable: false),
                    Moment = table.Column<long>(type: "bigint", nullable: false),
                    Wie = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Reden = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    WijzigingenJson = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rectificaties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rectificaties_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Bijeenkomsten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InkooptrajectId = table.Column<int>(type: "integer", nullable: false),
                    Soort = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Titel = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Begin = table.Column<long>(type: "bigint", nullable: false),
                    Einde = table.Column<long>(type: "bigint", nullable: true),
                    SegmentId = table.Column<int>(type: "integer", nullable: true),
                    Locatie = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Omschrijving = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bijeenkomsten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bijeenkomsten_Inkooptrajecten_InkooptrajectId",
                        column: x => x.InkooptrajectId,
                        principalTable: "Inkooptrajecten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Bijeenkomsten_Segmenten_SegmentId",
                        column: x => x.SegmentId,
                        principalTable: "Segmenten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Documenten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InkooptrajectId = table.Column<int>(type: "integer", nullable: true),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: true),
                    Titel = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Bestandsnaam = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Grootte = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Opslagnaam = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    Moment = table.Column<long>(type: "bigint", nullable: false),
                    Door = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Ingetrokken = table.Column<long>(type: "bigint", nullable: true),
                    IntrekkingsReden = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Documenten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Documenten_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Documenten_Inkooptrajecten_InkooptrajectId",
                        column: x => x.InkooptrajectId,
                        principalTable: "Inkooptrajecten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Fasen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InkooptrajectId = table.Column<int>(type: "integer", nullable: false),
                    Soort = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Van = table.Column<DateOnly>(type: "date", nullable: true),
                    Tot = table.Column<DateOnly>(type: "date", nullable: true),
                    Samenvatting = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fasen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Fasen_Inkooptrajecten_InkooptrajectId",
                        column: x => x.InkooptrajectId,
                        principalTable: "Inkooptrajecten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Voortgangsberichten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InkooptrajectId = table.Column<int>(type: "integer", nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Titel = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Tekst = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: false),
                    Bijgewerkt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Voortgangsberichten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Voortgangsberichten_Inkooptrajecten_InkooptrajectId",
                        column: x => x.InkooptrajectId,
                        principalTable: "Inkooptrajecten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Aanbestedingen_HeropeningVanId",
                table: "Aanbestedingen",
                column: "HeropeningVanId");

            migrationBuilder.CreateIndex(
                name: "IX_Aanbestedingen_InkooptrajectId",
                table: "Aanbestedingen",
                column: "InkooptrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_Bijeenkomsten_InkooptrajectId",
                table: "Bijeenkomsten",
                column: "InkooptrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_Bijeenkomsten_SegmentId",
                table: "Bijeenkomsten",
                column: "SegmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Documenten_AanbestedingId",
                table: "Documenten",
                column: "AanbestedingId");

            migrationBuilder.CreateIndex(
                name: "IX_Documenten_InkooptrajectId",
                table: "Documenten",
                column: "InkooptrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_Documenten_Opslagnaam",
                table: "Documenten",
                column: "Opslagnaam",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Fasen_InkooptrajectId_Soort",
                table: "Fasen",
                columns: new[] { "InkooptrajectId", "Soort" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inkooptrajecten_RegioId",
                table: "Inkooptrajecten",
                column: "RegioId");

            migrationBuilder.CreateIndex(
                name: "IX_Percelen_AanbestedingId_Nummer",
                table: "Percelen",
                columns: new[] { "AanbestedingId", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Percelen_ProductId",
                table: "Percelen",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_Percelen_SegmentId",
                table: "Percelen",
                column: "SegmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Rectificaties_AanbestedingId_Nummer",
                table: "Rectificaties",
                columns: new[] { "AanbestedingId", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Voortgangsberichten_InkooptrajectId_Datum",
                table: "Voortgangsberichten",
                columns: new[] { "InkooptrajectId", "Datum" });

            migrationBuilder.AddForeignKey(
                name: "FK_Aanbestedingen_Aanbestedingen_HeropeningVanId",
                table: "Aanbestedingen",
                column: "HeropeningVanId",
                principalTable: "Aanbestedingen",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Aanbestedingen_Inkooptrajecten_InkooptrajectId",
                table: "Aanbestedingen",
                column: "InkooptrajectId",
                principalTable: "Inkooptrajecten",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Aanbestedingen_Aanbestedingen_HeropeningVanId",
                table: "Aanbestedingen");

            migrationBuilder.DropForeignKey(
                name: "FK_Aanbestedingen_Inkooptrajecten_InkooptrajectId",
                table: "Aanbestedingen");

            migrationBuilder.DropTable(
                name: "Bijeenkomsten");

            migrationBuilder.DropTable(
                name: "Documenten");

            migrationBuilder.DropTable(
                name: "Fasen");

            migrationBuilder.DropTable(
                name: "Percelen");

            migrationBuilder.DropTable(
                name: "Rectificaties");

            migrationBuilder.DropTable(
                name: "Voortgangsberichten");

            migrationBuilder.DropTable(
                name: "Inkooptrajecten");

            migrationBuilder.DropIndex(
                name: "IX_Aanbestedingen_HeropeningVanId",
                table: "Aanbestedingen");

            migrationBuilder.DropIndex(
                name: "IX_Aanbestedingen_InkooptrajectId",
                table: "Aanbestedingen");

            migrationBuilder.DropColumn(
                name: "HeropeningVanId",
                table: "Aanbestedingen");

            migrationBuilder.DropColumn(
                name: "InkooptrajectId",
                table: "Aanbestedingen");

            migrationBuilder.DropColumn(
                name: "MaxGunningenPerPerceel",
                table: "Aanbestedingen");

            migrationBuilder.DropColumn(
                name: "StandstillDagen",
                table: "Aanbestedingen");
        }
    }
}
