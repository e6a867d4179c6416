using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zorginkoop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Uitnodigingen : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "GedeactiveerdOp",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Uitnodigingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Naam = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RegioId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rolnamen = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Geheimhash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    VerlooptOp = table.Column<long>(type: "INTEGER", nullable: false),
                    UitgenodigdDoor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AangenomenOp = table.Column<long>(type: "INTEGER", nullable: true),
                    GebruikerId = table.Column<string>(type: "TEXT", nullable: true),
                    IngetrokkenOp = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Uitnodigingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Uitnodigingen_AspNetUsers_GebruikerId",
                        column: x => x.GebruikerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Uitnodigingen_Regios_RegioId",
                        column: x => x.RegioId,
                        principalTable: "Regios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Uitnodigingen_GebruikerId",
                table: "Uitnodigingen",
                column: "GebruikerId");

            migrationBuilder.CreateIndex(
                name: "IX_Uitnodigingen_Geheimhash",
                table: "Uitnodigingen",
                column: "Geheimhash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Uitnodigingen_RegioId_Email",
                table: "Uitnodigingen",
                columns: new[] { "RegioId", "Email" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Uitnodigingen");

            migrationBuilder.DropColumn(
                name: "GedeactiveerdOp",
                table: "AspNetUsers");
        }
    }
}
