using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zorginkoop.Migrations.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegioId = table.Column<int>(type: "integer", nullable: false),
                    Jaar = table.Column<int>(type: "integer", nullable: false),
                    Domein = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Monitorgroep = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BedragCent = table.Column<long>(type: "bigint", nullable: false)
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
