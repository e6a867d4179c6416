using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zorginkoop.Migrations.Postgres.Migrations
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Sleutel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Aan = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Onderwerp = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Tekst = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    AangemaaktOp = table.Column<long>(type: "bigint", nullable: false),
                    VerzondenOp = table.Column<long>(type: "bigint", nullable: true),
                    Pogingen = table.Column<int>(type: "integer", nullable: false),
                    Fout = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
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
