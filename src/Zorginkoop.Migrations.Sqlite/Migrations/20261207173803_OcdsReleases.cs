using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zorginkoop.Migrations.Sqlite.Migrations
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AanbestedingId = table.Column<int>(type: "INTEGER", nullable: false),
                    Ocid = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReleaseId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Datum = table.Column<long>(type: "INTEGER", nullable: false),
                    Tag = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
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
