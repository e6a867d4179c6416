using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zorginkoop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Berichten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Berichten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Sleutel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Aan = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Onderwerp = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Tekst = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    VerzondenOp = table.Column<long>(type: "INTEGER", nullable: true),
                    Pogingen = table.Column<int>(type: "INTEGER", nullable: false),
                    Fout = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Berichten", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Berichten_Sleutel",
                table: "Berichten",
                column: "Sleutel",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Berichten_VerzondenOp",
                table: "Berichten",
                column: "VerzondenOp");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Berichten");
        }
    }
}
