using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zorginkoop.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OcdsReleases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OcdsReleases",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    Ocid = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReleaseId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Datum = table.Column<long>(type: "bigint", nullable: false),
                    Tag = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OcdsReleases", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OcdsReleases_AanbestedingId_Datum_Id",
                table: "OcdsReleases",
                columns: new[] { "AanbestedingId", "Datum", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_OcdsReleases_Datum_Id",
                table: "OcdsReleases",
                columns: new[] { "Datum", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_OcdsReleases_ReleaseId",
                table: "OcdsReleases",
                column: "ReleaseId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OcdsReleases");
        }
    }
}
