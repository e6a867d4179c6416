using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zorginkoop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Lidmaatschappen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Lidmaatschappen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GebruikerId = table.Column<string>(type: "TEXT", nullable: false),
                    RegioId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rol = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lidmaatschappen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lidmaatschappen_AspNetUsers_GebruikerId",
                        column: x => x.GebruikerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Lidmaatschappen_Regios_RegioId",
                        column: x => x.RegioId,
                        principalTable: "Regios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Lidmaatschappen_GebruikerId_RegioId_Rol",
                table: "Lidmaatschappen",
                columns: new[] { "GebruikerId", "RegioId", "Rol" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Lidmaatschappen_RegioId_Rol",
                table: "Lidmaatschappen",
                columns: new[] { "RegioId", "Rol" });

            migrationBuilder.Sql(Zorginkoop.Accounts.LidmaatschapOverstap.Omhoog);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Zorginkoop.Accounts.LidmaatschapOverstap.Omlaag);

            migrationBuilder.DropTable(
                name: "Lidmaatschappen");
        }
    }
}
