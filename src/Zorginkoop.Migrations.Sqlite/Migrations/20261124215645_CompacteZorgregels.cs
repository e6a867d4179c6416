using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Zorginkoop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CompacteZorgregels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Care lines get 16-byte keys for the line, the client and the traject, and no index or foreign key besides
            // the line's key. Nothing was released with the old layout, so the lines are removed with the runs that
            // brought them, to be imported again (the demo care data loads itself again at the next start).
            // Allocations stay.
            migrationBuilder.Sql("DELETE FROM \"Zorgregels\"; DELETE FROM \"Importruns\" WHERE \"Formaat\" IN ('csv', 'jw323', 'wmo323', 'jw325', 'wmo325');");

            migrationBuilder.DropForeignKey(
                name: "FK_Zorgregels_Importruns_ImportrunId",
                table: "Zorgregels");

            migrationBuilder.DropForeignKey(
                name: "FK_Zorgregels_Producten_ProductId",
                table: "Zorgregels");

            migrationBuilder.DropIndex(
                name: "IX_Zorgregels_ImportrunId",
                table: "Zorgregels");

            migrationBuilder.DropIndex(
                name: "IX_Zorgregels_Monitor",
                table: "Zorgregels");

            migrationBuilder.DropIndex(
                name: "IX_Zorgregels_ProductId",
                table: "Zorgregels");

            migrationBuilder.DropColumn(
                name: "Client",
                table: "Zorgregels");

            migrationBuilder.DropColumn(
                name: "Traject",
                table: "Zorgregels");

            migrationBuilder.AlterColumn<byte[]>(
                name: "Sleutel",
                table: "Zorgregels",
                type: "BLOB",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT",
                oldMaxLength: 100);

            migrationBuilder.AddColumn<byte[]>(
                name: "ClientSleutel",
                table: "Zorgregels",
                type: "BLOB",
                maxLength: 16,
                nullable: false,
                defaultValue: new byte[0]);

            migrationBuilder.AddColumn<byte[]>(
                name: "TrajectSleutel",
                table: "Zorgregels",
                type: "BLOB",
                maxLength: 16,
                nullable: false,
                defaultValue: new byte[0]);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ClientSleutel",
                table: "Zorgregels");

            migrationBuilder.DropColumn(
                name: "TrajectSleutel",
                table: "Zorgregels");

            migrationBuilder.AlterColumn<string>(
                name: "Sleutel",
                table: "Zorgregels",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(byte[]),
                oldType: "BLOB",
                oldMaxLength: 16);

            migrationBuilder.AddColumn<string>(
                name: "Client",
                table: "Zorgregels",
                type: "TEXT",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Traject",
                table: "Zorgregels",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Zorgregels_ImportrunId",
                table: "Zorgregels",
                column: "ImportrunId");

            migrationBuilder.CreateIndex(
                name: "IX_Zorgregels_Monitor",
                table: "Zorgregels",
                columns: new[] { "Begindatum", "ProductId", "GemeenteCode", "AgbCode", "Afgewezen", "Traject", "Client", "BedragCent" });

            migrationBuilder.CreateIndex(
                name: "IX_Zorgregels_ProductId",
                table: "Zorgregels",
                column: "ProductId");

            migrationBuilder.AddForeignKey(
                name: "FK_Zorgregels_Importruns_ImportrunId",
                table: "Zorgregels",
                column: "ImportrunId",
                principalTable: "Importruns",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Zorgregels_Producten_ProductId",
                table: "Zorgregels",
                column: "ProductId",
                principalTable: "Producten",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }
    }
}
