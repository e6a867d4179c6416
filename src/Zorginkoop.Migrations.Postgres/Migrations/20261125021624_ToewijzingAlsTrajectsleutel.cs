using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zorginkoop.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ToewijzingAlsTrajectsleutel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The traject key of a line with an allocation is now the allocation itself (ZorgregelSleutel.Toewijzing):
            // lines imported before get the same key, so a traject that spans imports before and after counts once.
            migrationBuilder.Sql("""
                UPDATE "Zorgregels" SET "TrajectSleutel" = convert_to('t' || "GemeenteCode" || lpad("ToewijzingNummer", 11, '0'), 'UTF8') WHERE "ToewijzingNummer" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Nothing to undo in the schema. The earlier hashed keys are not restored (SQLite has no SHA-256); the keys
            // stay distinct per allocation, so counts over data imported before the rollback remain right.
        }
    }
}
