using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zorginkoop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Werkbak : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "PostvakSinds",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MeldingVoorkeuren",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GebruikerId = table.Column<string>(type: "TEXT", nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Kanaal = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeldingVoorkeuren", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeldingVoorkeuren_AspNetUsers_GebruikerId",
                        column: x => x.GebruikerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Postvakberichten",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GebruikerId = table.Column<string>(type: "TEXT", nullable: false),
                    Sleutel = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    RegioId = table.Column<int>(type: "INTEGER", nullable: false),
                    Titel = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Toelichting = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    GelezenOp = table.Column<long>(type: "INTEGER", nullable: true),
                    Kanaal = table.Column<int>(type: "INTEGER", nullable: false),
                    GemaildOp = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Postvakberichten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Postvakberichten_AspNetUsers_GebruikerId",
                        column: x => x.GebruikerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MeldingVoorkeuren_GebruikerId_Soort",
                table: "MeldingVoorkeuren",
                columns: new[] { "GebruikerId", "Soort" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Postvakberichten_GebruikerId_GelezenOp",
                table: "Postvakberichten",
                columns: new[] { "GebruikerId", "GelezenOp" });

            migrationBuilder.CreateIndex(
                name: "IX_Postvakberichten_GebruikerId_Sleutel",
                table: "Postvakberichten",
                columns: new[] { "GebruikerId", "Sleutel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Postvakberichten_Kanaal_GemaildOp",
                table: "Postvakberichten",
                columns: new[] { "Kanaal", "GemaildOp" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MeldingVoorkeuren");

            migrationBuilder.DropTable(
                name: "Postvakberichten");

            migrationBuilder.DropColumn(
                name: "PostvakSinds",
                table: "AspNetUsers");
        }
    }
}
