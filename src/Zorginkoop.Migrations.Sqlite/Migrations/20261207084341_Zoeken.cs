using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zorginkoop.Migrations.Sqlite.Migrations
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Sleutel = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Groep = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Tekst = table.Column<string>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Datum = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Openbaar = table.Column<bool>(type: "INTEGER", nullable: false),
                    Regios = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    TitelTermen = table.Column<string>(type: "TEXT", nullable: true),
                    TekstTermen = table.Column<string>(type: "TEXT", nullable: true)
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

            // FTS5 over the stemmed terms, kept in step by triggers (the external-content pattern of the FTS5
            // documentation, section 4.4.3); the update trigger fires only when the terms change, not the visibility.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE ZoekitemsFts USING fts5(TitelTermen, TekstTermen, content='Zoekitems', content_rowid='Id',
                    tokenize='unicode61 remove_diacritics 2', prefix='2 3');
                CREATE TRIGGER Zoekitems_ai AFTER INSERT ON Zoekitems BEGIN
                    INSERT INTO ZoekitemsFts(rowid, TitelTermen, TekstTermen) VALUES (new.Id, new.TitelTermen, new.TekstTermen);
                END;
                CREATE TRIGGER Zoekitems_ad AFTER DELETE ON Zoekitems BEGIN
                    INSERT INTO ZoekitemsFts(ZoekitemsFts, rowid, TitelTermen, TekstTermen) VALUES ('delete', old.Id, old.TitelTermen, old.TekstTermen);
                END;
                CREATE TRIGGER Zoekitems_au AFTER UPDATE OF TitelTermen, TekstTermen ON Zoekitems BEGIN
                    INSERT INTO ZoekitemsFts(ZoekitemsFts, rowid, TitelTermen, TekstTermen) VALUES ('delete', old.Id, old.TitelTermen, old.TekstTermen);
                    INSERT INTO ZoekitemsFts(rowid, TitelTermen, TekstTermen) VALUES (new.Id, new.TitelTermen, new.TekstTermen);
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE ZoekitemsFts;");
            migrationBuilder.DropTable(
                name: "Zoekitems");
        }
    }
}
