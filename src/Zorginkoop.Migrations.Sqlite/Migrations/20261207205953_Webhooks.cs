using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zorginkoop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Webhooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Webhooks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegioId = table.Column<int>(type: "INTEGER", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Soorten = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Geheim = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Omschrijving = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    AangemaaktDoor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    VerwijderdOp = table.Column<long>(type: "INTEGER", nullable: true),
                    VerwijderdDoor = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Webhooks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Webhooks_Regios_RegioId",
                        column: x => x.RegioId,
                        principalTable: "Regios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WebhookBezorgingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WebhookId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sleutel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Soort = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Moment = table.Column<long>(type: "INTEGER", nullable: false),
                    AangemaaktOp = table.Column<long>(type: "INTEGER", nullable: false),
                    Inhoud = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Pogingen = table.Column<int>(type: "INTEGER", nullable: false),
                    VolgendePoging = table.Column<long>(type: "INTEGER", nullable: false),
                    BezigTot = table.Column<long>(type: "INTEGER", nullable: true),
                    BezorgdOp = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookBezorgingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WebhookBezorgingen_Webhooks_WebhookId",
                        column: x => x.WebhookId,
                        principalTable: "Webhooks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "WebhookPogingen",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WebhookBezorgingId = table.Column<long>(type: "INTEGER", nullable: false),
                    Moment = table.Column<long>(type: "INTEGER", nullable: false),
                    Statuscode = table.Column<int>(type: "INTEGER", nullable: true),
                    Fout = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    DuurMs = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WebhookPogingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_WebhookPogingen_WebhookBezorgingen_WebhookBezorgingId",
                        column: x => x.WebhookBezorgingId,
                        principalTable: "WebhookBezorgingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WebhookBezorgingen_Status_VolgendePoging",
                table: "WebhookBezorgingen",
                columns: new[] { "Status", "VolgendePoging" });

            migrationBuilder.CreateIndex(
                name: "IX_WebhookBezorgingen_WebhookId_Sleutel",
                table: "WebhookBezorgingen",
                columns: new[] { "WebhookId", "Sleutel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WebhookPogingen_WebhookBezorgingId",
                table: "WebhookPogingen",
                column: "WebhookBezorgingId");

            migrationBuilder.CreateIndex(
                name: "IX_Webhooks_RegioId",
                table: "Webhooks",
                column: "RegioId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "WebhookPogingen");

            migrationBuilder.DropTable(
                name: "WebhookBezorgingen");

            migrationBuilder.DropTable(
                name: "Webhooks");
        }
    }
}
