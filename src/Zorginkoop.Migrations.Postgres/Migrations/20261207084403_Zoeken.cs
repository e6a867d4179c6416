using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zorginkoop.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Zoeken : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Zoekitems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Soort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Sleutel = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Groep = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Titel = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Tekst = table.Column<string>(type: "text", nullable: false),
                    Url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: true),
                    Openbaar = table.Column<bool>(type: "boolean", nullable: false),
                    Regios = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    TitelTermen = table.Column<string>(type: "text", nullable: true),
                    TekstTermen = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Zoekitems", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Zoekitems_Filter",
                table: "Zoekitems",
                columns: new[] { "Id", "Soort", "Openbaar", "Regios" });

            migrationBuilder.CreateIndex(
                name: "IX_Zoekitems_Groep",
                table: "Zoekitems",
                column: "Groep");

            migrationBuilder.CreateIndex(
                name: "IX_Zoekitems_Sleutel",
                table: "Zoekitems",
                column: "Sleutel",
                unique: true);

            // The tsvector is derived by PostgreSQL itself with the dutch configuration (Snowball, as Zoektermen on
            // SQLite), title weighted A and text B; accents are folded first with translate(), which, unlike the unaccent
            // extension, needs no superuser and is immutable, so it may stand in a generated column.
            migrationBuilder.Sql("""
                ALTER TABLE "Zoekitems" ADD "Zoekvector" tsvector GENERATED ALWAYS AS (
                    setweight(to_tsvector('dutch'::regconfig, translate("Titel", 'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž', 'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZz')), 'A')
                    || setweight(to_tsvector('dutch'::regconfig, translate("Tekst", 'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž', 'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZz')), 'B')
                ) STORED;
                CREATE INDEX "IX_Zoekitems_Zoekvector" ON "Zoekitems" USING GIN ("Zoekvector");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Zoekitems");
        }
    }
}
