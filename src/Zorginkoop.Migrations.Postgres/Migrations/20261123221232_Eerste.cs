using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Zorginkoop.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Eerste : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Naam = table.Column<string>(type: "text", nullable: true),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Moment = table.Column<long>(type: "bigint", nullable: false),
                    Gebruiker = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Entiteit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Sleutel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Actie = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Voor = table.Column<string>(type: "text", nullable: true),
                    Na = table.Column<string>(type: "text", nullable: true),
                    VorigeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Eenheden",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Naam = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Eenheden", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Gemeenten",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Naam = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Provincie = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gemeenten", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Importruns",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Bestandsnaam = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Formaat = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Gebruiker = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Gestart = table.Column<long>(type: "bigint", nullable: false),
                    Beeindigd = table.Column<long>(type: "bigint", nullable: true),
                    Regels = table.Column<int>(type: "integer", nullable: false),
                    Toegevoegd = table.Column<int>(type: "integer", nullable: false),
                    AlAanwezig = table.Column<int>(type: "integer", nullable: false),
                    Resultaat = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Meldingen = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Importruns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProductCategorieen",
                columns: table => new
                {
                    Domein = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProductCategorieen", x => new { x.Domein, x.Code });
                });

            migrationBuilder.CreateTable(
                name: "Regios",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Regios", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Zorgaanbieders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    KvkNummer = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Vestigingsnummer = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    AgbCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Straat = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Huisnummer = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Postcode = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    Plaats = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Contactpersoon = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    Telefoon = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    IsDemo = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Zorgaanbieders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Aanbestedingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegioId = table.Column<int>(type: "integer", nullable: false),
                    Naam = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Vorm = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    TenderNedKenmerk = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Publicatiedatum = table.Column<DateOnly>(type: "date", nullable: true),
                    VragenDeadline = table.Column<long>(type: "bigint", nullable: true),
                    Sluitingsmoment = table.Column<long>(type: "bigint", nullable: true),
                    GeplandeGunning = table.Column<DateOnly>(type: "date", nullable: true),
                    ContractStart = table.Column<DateOnly>(type: "date", nullable: true),
                    ContractEinde = table.Column<DateOnly>(type: "date", nullable: true),
                    Verlengingsopties = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StandstillEinde = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Aanbestedingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Aanbestedingen_Regios_RegioId",
                        column: x => x.RegioId,
                        principalTable: "Regios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

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

            migrationBuilder.CreateTable(
                name: "RegioGemeente",
                columns: table => new
                {
                    GemeentenCode = table.Column<string>(type: "character varying(4)", nullable: false),
                    RegiosId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegioGemeente", x => new { x.GemeentenCode, x.RegiosId });
                    table.ForeignKey(
                        name: "FK_RegioGemeente_Gemeenten_GemeentenCode",
                        column: x => x.GemeentenCode,
                        principalTable: "Gemeenten",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RegioGemeente_Regios_RegiosId",
                        column: x => x.RegiosId,
                        principalTable: "Regios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Segmenten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegioId = table.Column<int>(type: "integer", nullable: false),
                    Domein = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Segmenten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Segmenten_Regios_RegioId",
                        column: x => x.RegioId,
                        principalTable: "Regios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Overgang",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    Gebeurtenis = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Van = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Naar = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Moment = table.Column<long>(type: "bigint", nullable: false),
                    Wie = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Reden = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Overgang", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Overgang_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Producten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegioId = table.Column<int>(type: "integer", nullable: false),
                    Code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Naam = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Domein = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    CategorieCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Monitorgroep = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EenheidCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    SegmentId = table.Column<int>(type: "integer", nullable: true),
                    GeldigVan = table.Column<DateOnly>(type: "date", nullable: true),
                    GeldigTot = table.Column<DateOnly>(type: "date", nullable: true),
                    LandelijkeCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Producten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Producten_Eenheden_EenheidCode",
                        column: x => x.EenheidCode,
                        principalTable: "Eenheden",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Producten_ProductCategorieen_Domein_CategorieCode",
                        columns: x => new { x.Domein, x.CategorieCode },
                        principalTable: "ProductCategorieen",
                        principalColumns: new[] { "Domein", "Code" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Producten_Regios_RegioId",
                        column: x => x.RegioId,
                        principalTable: "Regios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Producten_Segmenten_SegmentId",
                        column: x => x.SegmentId,
                        principalTable: "Segmenten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Tarieven",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    BedragCent = table.Column<long>(type: "bigint", nullable: false),
                    GeldigVan = table.Column<DateOnly>(type: "date", nullable: false),
                    GeldigTot = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Tarieven", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Tarieven_Producten_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Producten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Toewijzingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportrunId = table.Column<int>(type: "integer", nullable: false),
                    GemeenteCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    AgbCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ToewijzingNummer = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    Client = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CategorieCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    ProductCode = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: true),
                    ProductId = table.Column<int>(type: "integer", nullable: true),
                    Ingangsdatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Einddatum = table.Column<DateOnly>(type: "date", nullable: true),
                    Toewijzingsmoment = table.Column<long>(type: "bigint", nullable: false),
                    RedenWijziging = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Volume = table.Column<int>(type: "integer", nullable: true),
                    EenheidCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Frequentie = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    BudgetCent = table.Column<long>(type: "bigint", nullable: true),
                    ZorgBegonnen = table.Column<DateOnly>(type: "date", nullable: true),
                    ZorgGestopt = table.Column<DateOnly>(type: "date", nullable: true),
                    RedenBeeindiging = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    Verwijderd = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Toewijzingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Toewijzingen_Importruns_ImportrunId",
                        column: x => x.ImportrunId,
                        principalTable: "Importruns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Toewijzingen_Producten_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Producten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Zorgregels",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportrunId = table.Column<int>(type: "integer", nullable: false),
                    Sleutel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ToewijzingNummer = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    Client = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Traject = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    GemeenteCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    AgbCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    ProductId = table.Column<int>(type: "integer", nullable: false),
                    Begindatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Einddatum = table.Column<DateOnly>(type: "date", nullable: false),
                    Volume = table.Column<long>(type: "bigint", nullable: false),
                    EenheidCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    BedragCent = table.Column<long>(type: "bigint", nullable: false),
                    ReferentieNummer = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    VorigReferentieNummer = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Afgewezen = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Zorgregels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Zorgregels_Importruns_ImportrunId",
                        column: x => x.ImportrunId,
                        principalTable: "Importruns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Zorgregels_Producten_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Producten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Aanbestedingen_RegioId",
                table: "Aanbestedingen",
                column: "RegioId");

            migrationBuilder.CreateIndex(
                name: "IX_Aanbestedingen_Status",
                table: "Aanbestedingen",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Aanbestedingen_TenderNedKenmerk",
                table: "Aanbestedingen",
                column: "TenderNedKenmerk");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Entiteit_Sleutel",
                table: "AuditLog",
                columns: new[] { "Entiteit", "Sleutel" });

            migrationBuilder.CreateIndex(
                name: "IX_Budgetten_RegioId_Jaar_Domein_Monitorgroep",
                table: "Budgetten",
                columns: new[] { "RegioId", "Jaar", "Domein", "Monitorgroep" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Importruns_Sha256",
                table: "Importruns",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_Overgang_AanbestedingId",
                table: "Overgang",
                column: "AanbestedingId");

            migrationBuilder.CreateIndex(
                name: "IX_Producten_Domein_CategorieCode",
                table: "Producten",
                columns: new[] { "Domein", "CategorieCode" });

            migrationBuilder.CreateIndex(
                name: "IX_Producten_EenheidCode",
                table: "Producten",
                column: "EenheidCode");

            migrationBuilder.CreateIndex(
                name: "IX_Producten_RegioId_Code",
                table: "Producten",
                columns: new[] { "RegioId", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_Producten_SegmentId",
                table: "Producten",
                column: "SegmentId");

            migrationBuilder.CreateIndex(
                name: "IX_RegioGemeente_RegiosId",
                table: "RegioGemeente",
                column: "RegiosId");

            migrationBuilder.CreateIndex(
                name: "IX_Regios_Code",
                table: "Regios",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Segmenten_RegioId_Code",
                table: "Segmenten",
                columns: new[] { "RegioId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tarieven_ProductId_GeldigVan",
                table: "Tarieven",
                columns: new[] { "ProductId", "GeldigVan" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Toewijzingen_GemeenteCode_ToewijzingNummer",
                table: "Toewijzingen",
                columns: new[] { "GemeenteCode", "ToewijzingNummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Toewijzingen_ImportrunId",
                table: "Toewijzingen",
                column: "ImportrunId");

            migrationBuilder.CreateIndex(
                name: "IX_Toewijzingen_Ingangsdatum_Einddatum",
                table: "Toewijzingen",
                columns: new[] { "Ingangsdatum", "Einddatum" });

            migrationBuilder.CreateIndex(
                name: "IX_Toewijzingen_ProductId",
                table: "Toewijzingen",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_Zorgaanbieders_AgbCode",
                table: "Zorgaanbieders",
                column: "AgbCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Zorgaanbieders_KvkNummer",
                table: "Zorgaanbieders",
                column: "KvkNummer");

            migrationBuilder.CreateIndex(
                name: "IX_Zorgaanbieders_Naam",
                table: "Zorgaanbieders",
                column: "Naam");

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

            migrationBuilder.CreateIndex(
                name: "IX_Zorgregels_Sleutel",
                table: "Zorgregels",
                column: "Sleutel",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "Budgetten");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Overgang");

            migrationBuilder.DropTable(
                name: "RegioGemeente");

            migrationBuilder.DropTable(
                name: "Tarieven");

            migrationBuilder.DropTable(
                name: "Toewijzingen");

            migrationBuilder.DropTable(
                name: "Zorgaanbieders");

            migrationBuilder.DropTable(
                name: "Zorgregels");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Aanbestedingen");

            migrationBuilder.DropTable(
                name: "Gemeenten");

            migrationBuilder.DropTable(
                name: "Importruns");

            migrationBuilder.DropTable(
                name: "Producten");

            migrationBuilder.DropTable(
                name: "Eenheden");

            migrationBuilder.DropTable(
                name: "ProductCategorieen");

            migrationBuilder.DropTable(
                name: "Segmenten");

            migrationBuilder.DropTable(
                name: "Regios");
        }
    }
}
