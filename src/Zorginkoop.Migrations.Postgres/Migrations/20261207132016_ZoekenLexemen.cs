using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zorginkoop.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ZoekenLexemen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The title's own vector, small enough to stay in the row: ranking by it reads no TOAST (Zoekopdracht).
            // The terms of the index, kept by two statement triggers (a transition table allows one event each), so a
            // question's words become exact terms (Lexemen) instead of prefixes, which GIN rechecks row by row. Terms are
            // added in order; most writers are serialised by the audit log's advisory lock before they reach the index
            // anyway. Terms of removed items stay: they match nothing, and a rebuild starts afresh.
            migrationBuilder.Sql("""
                ALTER TABLE "Zoekitems" ADD "Titelvector" tsvector GENERATED ALWAYS AS (
                    to_tsvector('dutch'::regconfig, translate("Titel", 'ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽž', 'AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZz'))
                ) STORED;
                CREATE TABLE "Zoeklexemen" ("Lexeem" text COLLATE "C" PRIMARY KEY);
                CREATE FUNCTION "Zoeklexemen_bijwerken"() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO "Zoeklexemen" ("Lexeem")
                    SELECT DISTINCT l FROM "Nieuw", unnest(tsvector_to_array("Nieuw"."Zoekvector")) AS l ORDER BY l
                    ON CONFLICT DO NOTHING;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER "Zoeklexemen_na_invoegen" AFTER INSERT ON "Zoekitems"
                    REFERENCING NEW TABLE AS "Nieuw" FOR EACH STATEMENT EXECUTE FUNCTION "Zoeklexemen_bijwerken"();
                CREATE TRIGGER "Zoeklexemen_na_wijzigen" AFTER UPDATE ON "Zoekitems"
                    REFERENCING NEW TABLE AS "Nieuw" FOR EACH STATEMENT EXECUTE FUNCTION "Zoeklexemen_bijwerken"();
                INSERT INTO "Zoeklexemen" ("Lexeem")
                SELECT DISTINCT l FROM "Zoekitems", unnest(tsvector_to_array("Zoekvector")) AS l ORDER BY l;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER "Zoeklexemen_na_wijzigen" ON "Zoekitems";
                DROP TRIGGER "Zoeklexemen_na_invoegen" ON "Zoekitems";
                DROP FUNCTION "Zoeklexemen_bijwerken"();
                DROP TABLE "Zoeklexemen";
                ALTER TABLE "Zoekitems" DROP COLUMN "Titelvector";
                """);
        }
    }
}
