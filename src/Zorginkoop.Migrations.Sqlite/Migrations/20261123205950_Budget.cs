using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zorginkoop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Budget : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Budgetten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegioId = table.Column<int>(type: "INTEGER", nullable: false),
                    Jaar = table.Column<int>(type: "INTEGER", nullable: false),
                    Domein = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Monitorgroep = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BedragCent = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Budgetten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Budgetten_Regios_RegioId",
                        column: x => x.RegioId,
                        principalTable: "Regios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Budgetten_RegioId_Jaar_Domein_Monitorgroep",
                table: "Budgetten",
                columns: new[] { "RegioId", "Jaar", "Domein", "Monitorgroep" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Budgetten");
        }
    }
}
