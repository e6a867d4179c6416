using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zorginkoop.Migrations.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    GebruikerId = table.Column<string>(type: "text", nullable: false),
                    RegioId = table.Column<int>(type: "integer", nullable: false),
                    Rol = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
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
