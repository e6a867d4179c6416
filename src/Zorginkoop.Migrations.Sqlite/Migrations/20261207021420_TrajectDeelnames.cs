using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zorginkoop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class TrajectDeelnames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TrajectDeelnames",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InkooptrajectId = table.Column<int>(type: "INTEGER", nullable: false),
                    RegioId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrajectDeelnames", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TrajectDeelnames_Inkooptrajecten_InkooptrajectId",
                        column: x => x.InkooptrajectId,
                        principalTable: "Inkooptrajecten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TrajectDeelnames_Regios_RegioId",
                        column: x => x.RegioId,
                        principalTable: "Regios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TrajectDeelnames_InkooptrajectId_RegioId",
                table: "TrajectDeelnames",
                columns: new[] { "InkooptrajectId", "RegioId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TrajectDeelnames_RegioId",
                table: "TrajectDeelnames",
                column: "RegioId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TrajectDeelnames");
        }
    }
}
