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
                    ZorgaanbiederId = table.Column<int>(type: "integer", nullable: true),
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
                name: "Inkooptrajecten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RegioId = table.Column<int>(type: "integer", nullable: false),
                    Naam = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Jeugd = table.Column<bool>(type: "boolean", nullable: false),
                    Wmo = table.Column<bool>(type: "boolean", nullable: false),
                    Openbaar = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inkooptrajecten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inkooptrajecten_Regios_RegioId",
                        column: x => x.RegioId,
                        principalTable: "Regios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                    StandstillEinde = table.Column<long>(type: "bigint", nullable: true),
                    InkooptrajectId = table.Column<int>(type: "integer", nullable: true),
                    HeropeningVanId = table.Column<int>(type: "integer", nullable: true),
                    MaxGunningenPerPerceel = table.Column<int>(type: "integer", nullable: true),
                    StandstillDagen = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Aanbestedingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Aanbestedingen_Aanbestedingen_HeropeningVanId",
                        column: x => x.HeropeningVanId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Aanbestedingen_Inkooptrajecten_InkooptrajectId",
                        column: x => x.InkooptrajectId,
                        principalTable: "Inkooptrajecten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Aanbestedingen_Regios_RegioId",
                        column: x => x.RegioId,
                        principalTable: "Regios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Fasen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InkooptrajectId = table.Column<int>(type: "integer", nullable: false),
                    Soort = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Van = table.Column<DateOnly>(type: "date", nullable: true),
                    Tot = table.Column<DateOnly>(type: "date", nullable: true),
                    Samenvatting = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fasen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Fasen_Inkooptrajecten_InkooptrajectId",
                        column: x => x.InkooptrajectId,
                        principalTable: "Inkooptrajecten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Voortgangsberichten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InkooptrajectId = table.Column<int>(type: "integer", nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Titel = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Tekst = table.Column<string>(type: "character varying(50000)", maxLength: 50000, nullable: false),
                    Bijgewerkt = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Voortgangsberichten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Voortgangsberichten_Inkooptrajecten_InkooptrajectId",
                        column: x => x.InkooptrajectId,
                        principalTable: "Inkooptrajecten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Bijeenkomsten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InkooptrajectId = table.Column<int>(type: "integer", nullable: false),
                    Soort = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Titel = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Begin = table.Column<long>(type: "bigint", nullable: false),
                    Einde = table.Column<long>(type: "bigint", nullable: true),
                    SegmentId = table.Column<int>(type: "integer", nullable: true),
                    Locatie = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Omschrijving = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bijeenkomsten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bijeenkomsten_Inkooptrajecten_InkooptrajectId",
                        column: x => x.InkooptrajectId,
                        principalTable: "Inkooptrajecten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Bijeenkomsten_Segmenten_SegmentId",
                        column: x => x.SegmentId,
                        principalTable: "Segmenten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "Bezwaren",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    ZorgaanbiederId = table.Column<int>(type: "integer", nullable: true),
                    Soort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    IngediendOp = table.Column<long>(type: "bigint", nullable: false),
                    GeregistreerdDoor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Afhandeling = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    AfgehandeldOp = table.Column<long>(type: "bigint", nullable: true),
                    AfgehandeldDoor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Bezwaren", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Bezwaren_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Bezwaren_Zorgaanbieders_ZorgaanbiederId",
                        column: x => x.ZorgaanbiederId,
                        principalTable: "Zorgaanbieders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Criteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    PerceelNummer = table.Column<int>(type: "integer", nullable: true),
                    Volgorde = table.Column<int>(type: "integer", nullable: false),
                    Soort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Naam = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Omschrijving = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Weging = table.Column<int>(type: "integer", nullable: false),
                    SchaalMax = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Criteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Criteria_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Documenten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InkooptrajectId = table.Column<int>(type: "integer", nullable: true),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: true),
                    Titel = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Bestandsnaam = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Grootte = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Opslagnaam = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    Moment = table.Column<long>(type: "bigint", nullable: false),
                    Door = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Ingetrokken = table.Column<long>(type: "bigint", nullable: true),
                    IntrekkingsReden = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Documenten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Documenten_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Documenten_Inkooptrajecten_InkooptrajectId",
                        column: x => x.InkooptrajectId,
                        principalTable: "Inkooptrajecten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Gunningsdossiers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    Gelijkspelregel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    KwaliteitDefinitiefOp = table.Column<long>(type: "bigint", nullable: true),
                    KwaliteitDefinitiefDoor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gunningsdossiers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Gunningsdossiers_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Inschrijvingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    ZorgaanbiederId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Versie = table.Column<int>(type: "integer", nullable: false),
                    Sleutel = table.Column<byte[]>(type: "bytea", maxLength: 1024, nullable: false),
                    Kwaliteit = table.Column<byte[]>(type: "bytea", nullable: true),
                    Prijs = table.Column<byte[]>(type: "bytea", nullable: true),
                    IngediendOp = table.Column<long>(type: "bigint", nullable: true),
                    Ontvangstbewijs = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LaatsteVerzoek = table.Column<Guid>(type: "uuid", nullable: true),
                    Gewijzigd = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inschrijvingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inschrijvingen_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Inschrijvingen_Zorgaanbieders_ZorgaanbiederId",
                        column: x => x.ZorgaanbiederId,
                        principalTable: "Zorgaanbieders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Inschrijvingseisen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    Volgorde = table.Column<int>(type: "integer", nullable: false),
                    Soort = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Tekst = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Verplicht = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Inschrijvingseisen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Inschrijvingseisen_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KluisOpeningen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    AangevraagdDoor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    AangevraagdOp = table.Column<long>(type: "bigint", nullable: false),
                    BevestigdDoor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    BevestigdOp = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KluisOpeningen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KluisOpeningen_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Lotingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    PerceelNummer = table.Column<int>(type: "integer", nullable: false),
                    Volgorde = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Door = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Getuige = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Moment = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Lotingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Lotingen_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "NvIRondes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    Nummer = table.Column<int>(type: "integer", nullable: false),
                    GepubliceerdOp = table.Column<long>(type: "bigint", nullable: false),
                    GepubliceerdDoor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    InhoudJson = table.Column<string>(type: "text", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Herkenningen = table.Column<string>(type: "text", nullable: true),
                    OndanksReden = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NvIRondes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_NvIRondes_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "Raamovereenkomsten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    PerceelNummer = table.Column<int>(type: "integer", nullable: false),
                    ZorgaanbiederId = table.Column<int>(type: "integer", nullable: false),
                    Herkomst = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Start = table.Column<DateOnly>(type: "date", nullable: false),
                    Einde = table.Column<DateOnly>(type: "date", nullable: false),
                    OorspronkelijkEinde = table.Column<DateOnly>(type: "date", nullable: false),
                    VerlengingenMogelijk = table.Column<int>(type: "integer", nullable: false),
                    VerlengingMaanden = table.Column<int>(type: "integer", nullable: false),
                    VerlengingenGebruikt = table.Column<int>(type: "integer", nullable: false),
                    NietVerlengen = table.Column<bool>(type: "boolean", nullable: false),
                    BeeindigdPer = table.Column<DateOnly>(type: "date", nullable: true),
                    BeeindigingsReden = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Consortium = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Transformatieplan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    TransformatiebudgetCent = table.Column<long>(type: "bigint", nullable: true),
                    Versie = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Raamovereenkomsten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Raamovereenkomsten_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Raamovereenkomsten_Zorgaanbieders_ZorgaanbiederId",
                        column: x => x.ZorgaanbiederId,
                        principalTable: "Zorgaanbieders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Rectificaties",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    Nummer = table.Column<int>(type: "integer", nullable: false),
                    Moment = table.Column<long>(type: "bigint", nullable: false),
                    Wie = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Reden = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    WijzigingenJson = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rectificaties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rectificaties_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Toelatingsaanvragen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    ZorgaanbiederId = table.Column<int>(type: "integer", nullable: false),
                    Percelen = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IngediendOp = table.Column<long>(type: "bigint", nullable: false),
                    IngediendDoor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BesluitOp = table.Column<long>(type: "bigint", nullable: true),
                    BesluitDoor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Reden = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Toelatingsaanvragen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Toelatingsaanvragen_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Toelatingsaanvragen_Zorgaanbieders_ZorgaanbiederId",
                        column: x => x.ZorgaanbiederId,
                        principalTable: "Zorgaanbieders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Percelen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    Nummer = table.Column<int>(type: "integer", nullable: false),
                    Naam = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SegmentId = table.Column<int>(type: "integer", nullable: true),
                    ProductId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Percelen", x => x.Id);
                    table.CheckConstraint("CK_Percelen_SegmentOfProduct", "(\"SegmentId\" IS NULL AND \"ProductId\" IS NOT NULL) OR (\"SegmentId\" IS NOT NULL AND \"ProductId\" IS NULL)");
                    table.ForeignKey(
                        name: "FK_Percelen_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Percelen_Producten_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Producten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Percelen_Segmenten_SegmentId",
                        column: x => x.SegmentId,
                        principalTable: "Segmenten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "Beoordelingen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    InschrijvingId = table.Column<int>(type: "integer", nullable: false),
                    Beoordelaar = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    IngediendOp = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Beoordelingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Beoordelingen_Inschrijvingen_InschrijvingId",
                        column: x => x.InschrijvingId,
                        principalTable: "Inschrijvingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Consensusscores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    InschrijvingId = table.Column<int>(type: "integer", nullable: false),
                    CriteriumId = table.Column<int>(type: "integer", nullable: false),
                    Waarde = table.Column<int>(type: "integer", nullable: false),
                    Motivatie = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Door = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Moment = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consensusscores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consensusscores_Criteria_CriteriumId",
                        column: x => x.CriteriumId,
                        principalTable: "Criteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Consensusscores_Inschrijvingen_InschrijvingId",
                        column: x => x.InschrijvingId,
                        principalTable: "Inschrijvingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Gunningsbesluiten",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    InschrijvingId = table.Column<int>(type: "integer", nullable: false),
                    ZorgaanbiederId = table.Column<int>(type: "integer", nullable: false),
                    PerceelNummer = table.Column<int>(type: "integer", nullable: false),
                    Uitkomst = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Positie = table.Column<int>(type: "integer", nullable: true),
                    KwaliteitPunten = table.Column<int>(type: "integer", nullable: false),
                    PrijsPunten = table.Column<int>(type: "integer", nullable: false),
                    TotaalPunten = table.Column<int>(type: "integer", nullable: false),
                    Reden = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Gelijkspel = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    VerzondenOp = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Gunningsbesluiten", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Gunningsbesluiten_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Gunningsbesluiten_Inschrijvingen_InschrijvingId",
                        column: x => x.InschrijvingId,
                        principalTable: "Inschrijvingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Ontvangstbewijzen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InschrijvingId = table.Column<int>(type: "integer", nullable: false),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    ZorgaanbiederId = table.Column<int>(type: "integer", nullable: false),
                    Versie = table.Column<int>(type: "integer", nullable: false),
                    Moment = table.Column<long>(type: "bigint", nullable: false),
                    OpgeslagenOp = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Herbevestiging = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ontvangstbewijzen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ontvangstbewijzen_Inschrijvingen_InschrijvingId",
                        column: x => x.InschrijvingId,
                        principalTable: "Inschrijvingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Herstelverzoeken",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    InschrijvingId = table.Column<int>(type: "integer", nullable: false),
                    ZorgaanbiederId = table.Column<int>(type: "integer", nullable: false),
                    EisId = table.Column<int>(type: "integer", nullable: false),
                    Toelichting = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Termijn = table.Column<long>(type: "bigint", nullable: false),
                    GevraagdDoor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    GevraagdOp = table.Column<long>(type: "bigint", nullable: false),
                    AangeleverdOp = table.Column<long>(type: "bigint", nullable: true),
                    Opslagnaam = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    NaamVersleuteld = table.Column<byte[]>(type: "bytea", nullable: true),
                    Grootte = table.Column<long>(type: "bigint", nullable: true),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Herstelverzoeken", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Herstelverzoeken_Inschrijvingen_InschrijvingId",
                        column: x => x.InschrijvingId,
                        principalTable: "Inschrijvingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Herstelverzoeken_Inschrijvingseisen_EisId",
                        column: x => x.EisId,
                        principalTable: "Inschrijvingseisen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "InschrijvingBestanden",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InschrijvingId = table.Column<int>(type: "integer", nullable: false),
                    EisId = table.Column<int>(type: "integer", nullable: false),
                    NaamVersleuteld = table.Column<byte[]>(type: "bytea", maxLength: 1024, nullable: false),
                    Opslagnaam = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    Grootte = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Moment = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InschrijvingBestanden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InschrijvingBestanden_Inschrijvingen_InschrijvingId",
                        column: x => x.InschrijvingId,
                        principalTable: "Inschrijvingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InschrijvingBestanden_Inschrijvingseisen_EisId",
                        column: x => x.EisId,
                        principalTable: "Inschrijvingseisen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Vragen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AanbestedingId = table.Column<int>(type: "integer", nullable: false),
                    Volgnummer = table.Column<int>(type: "integer", nullable: false),
                    ZorgaanbiederId = table.Column<int>(type: "integer", nullable: true),
                    GesteldDoor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    GesteldOp = table.Column<long>(type: "bigint", nullable: false),
                    PerceelNummer = table.Column<int>(type: "integer", nullable: true),
                    Onderwerp = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Tekst = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ToegewezenAan = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    PubliekeVraag = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Antwoord = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    BeantwoordDoor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NvIRondeId = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vragen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vragen_Aanbestedingen_AanbestedingId",
                        column: x => x.AanbestedingId,
                        principalTable: "Aanbestedingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Vragen_NvIRondes_NvIRondeId",
                        column: x => x.NvIRondeId,
                        principalTable: "NvIRondes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Vragen_Zorgaanbieders_ZorgaanbiederId",
                        column: x => x.ZorgaanbiederId,
                        principalTable: "Zorgaanbieders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Contractalarmen",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RaamovereenkomstId = table.Column<int>(type: "integer", nullable: false),
                    Einde = table.Column<DateOnly>(type: "date", nullable: false),
                    EersteMelding = table.Column<long>(type: "bigint", nullable: false),
                    LaatsteMelding = table.Column<long>(type: "bigint", nullable: false),
                    AantalMeldingen = table.Column<int>(type: "integer", nullable: false),
                    AfgehandeldOp = table.Column<long>(type: "bigint", nullable: true),
                    AfgehandeldDoor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Contractalarmen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Contractalarmen_Raamovereenkomsten_RaamovereenkomstId",
                        column: x => x.RaamovereenkomstId,
                        principalTable: "Raamovereenkomsten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContractLeden",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RaamovereenkomstId = table.Column<int>(type: "integer", nullable: false),
                    ZorgaanbiederId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractLeden", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractLeden_Raamovereenkomsten_RaamovereenkomstId",
                        column: x => x.RaamovereenkomstId,
                        principalTable: "Raamovereenkomsten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ContractLeden_Zorgaanbieders_ZorgaanbiederId",
                        column: x => x.ZorgaanbiederId,
                        principalTable: "Zorgaanbieders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Scores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    BeoordelingId = table.Column<int>(type: "integer", nullable: false),
                    CriteriumId = table.Column<int>(type: "integer", nullable: false),
                    Waarde = table.Column<int>(type: "integer", nullable: false),
                    Motivatie = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Scores_Beoordelingen_BeoordelingId",
                        column: x => x.BeoordelingId,
                        principalTable: "Beoordelingen",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Scores_Criteria_CriteriumId",
                        column: x => x.CriteriumId,
                        principalTable: "Criteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Aanbestedingen_HeropeningVanId",
                table: "Aanbestedingen",
                column: "HeropeningVanId");

            migrationBuilder.CreateIndex(
                name: "IX_Aanbestedingen_InkooptrajectId",
                table: "Aanbestedingen",
                column: "InkooptrajectId");

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
                name: "IX_Beoordelingen_AanbestedingId",
                table: "Beoordelingen",
                column: "AanbestedingId");

            migrationBuilder.CreateIndex(
                name: "IX_Beoordelingen_InschrijvingId_Beoordelaar",
                table: "Beoordelingen",
                columns: new[] { "InschrijvingId", "Beoordelaar" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Berichten_Sleutel",
                table: "Berichten",
                column: "Sleutel",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Berichten_VerzondenOp",
                table: "Berichten",
                column: "VerzondenOp");

            migrationBuilder.CreateIndex(
                name: "IX_Bezwaren_AanbestedingId",
                table: "Bezwaren",
                column: "AanbestedingId");

            migrationBuilder.CreateIndex(
                name: "IX_Bezwaren_ZorgaanbiederId",
                table: "Bezwaren",
                column: "ZorgaanbiederId");

            migrationBuilder.CreateIndex(
                name: "IX_Bijeenkomsten_InkooptrajectId",
                table: "Bijeenkomsten",
                column: "InkooptrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_Bijeenkomsten_SegmentId",
                table: "Bijeenkomsten",
                column: "SegmentId");

            migrationBuilder.CreateIndex(
                name: "IX_Budgetten_RegioId_Jaar_Domein_Monitorgroep",
                table: "Budgetten",
                columns: new[] { "RegioId", "Jaar", "Domein", "Monitorgroep" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Consensusscores_AanbestedingId",
                table: "Consensusscores",
                column: "AanbestedingId");

            migrationBuilder.CreateIndex(
                name: "IX_Consensusscores_CriteriumId",
                table: "Consensusscores",
                column: "CriteriumId");

            migrationBuilder.CreateIndex(
                name: "IX_Consensusscores_InschrijvingId_CriteriumId",
                table: "Consensusscores",
                columns: new[] { "InschrijvingId", "CriteriumId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Contractalarmen_RaamovereenkomstId_Einde",
                table: "Contractalarmen",
                columns: new[] { "RaamovereenkomstId", "Einde" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContractLeden_RaamovereenkomstId_ZorgaanbiederId",
                table: "ContractLeden",
                columns: new[] { "RaamovereenkomstId", "ZorgaanbiederId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContractLeden_ZorgaanbiederId",
                table: "ContractLeden",
                column: "ZorgaanbiederId");

            migrationBuilder.CreateIndex(
                name: "IX_Criteria_AanbestedingId_Volgorde",
                table: "Criteria",
                columns: new[] { "AanbestedingId", "Volgorde" });

            migrationBuilder.CreateIndex(
                name: "IX_Documenten_AanbestedingId",
                table: "Documenten",
                column: "AanbestedingId");

            migrationBuilder.CreateIndex(
                name: "IX_Documenten_InkooptrajectId",
                table: "Documenten",
                column: "InkooptrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_Documenten_Opslagnaam",
                table: "Documenten",
                column: "Opslagnaam",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Fasen_InkooptrajectId_Soort",
                table: "Fasen",
                columns: new[] { "InkooptrajectId", "Soort" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Gunningsbesluiten_AanbestedingId_InschrijvingId_PerceelNumm~",
                table: "Gunningsbesluiten",
                columns: new[] { "AanbestedingId", "InschrijvingId", "PerceelNummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Gunningsbesluiten_InschrijvingId",
                table: "Gunningsbesluiten",
                column: "InschrijvingId");

            migrationBuilder.CreateIndex(
                name: "IX_Gunningsdossiers_AanbestedingId",
                table: "Gunningsdossiers",
                column: "AanbestedingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Herstelverzoeken_EisId",
                table: "Herstelverzoeken",
                column: "EisId");

            migrationBuilder.CreateIndex(
                name: "IX_Herstelverzoeken_InschrijvingId_EisId",
                table: "Herstelverzoeken",
                columns: new[] { "InschrijvingId", "EisId" });

            migrationBuilder.CreateIndex(
                name: "IX_Herstelverzoeken_ZorgaanbiederId",
                table: "Herstelverzoeken",
                column: "ZorgaanbiederId");

            migrationBuilder.CreateIndex(
                name: "IX_Inkooptrajecten_RegioId",
                table: "Inkooptrajecten",
                column: "RegioId");

            migrationBuilder.CreateIndex(
                name: "IX_InschrijvingBestanden_EisId",
                table: "InschrijvingBestanden",
                column: "EisId");

            migrationBuilder.CreateIndex(
                name: "IX_InschrijvingBestanden_InschrijvingId",
                table: "InschrijvingBestanden",
                column: "InschrijvingId");

            migrationBuilder.CreateIndex(
                name: "IX_InschrijvingBestanden_Opslagnaam",
                table: "InschrijvingBestanden",
                column: "Opslagnaam",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inschrijvingen_AanbestedingId_ZorgaanbiederId",
                table: "Inschrijvingen",
                columns: new[] { "AanbestedingId", "ZorgaanbiederId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Inschrijvingen_ZorgaanbiederId",
                table: "Inschrijvingen",
                column: "ZorgaanbiederId");

            migrationBuilder.CreateIndex(
                name: "IX_Inschrijvingseisen_AanbestedingId_Volgorde",
                table: "Inschrijvingseisen",
                columns: new[] { "AanbestedingId", "Volgorde" });

            migrationBuilder.CreateIndex(
                name: "IX_KluisOpeningen_AanbestedingId",
                table: "KluisOpeningen",
                column: "AanbestedingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Lotingen_AanbestedingId_PerceelNummer",
                table: "Lotingen",
                columns: new[] { "AanbestedingId", "PerceelNummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_NvIRondes_AanbestedingId_Nummer",
                table: "NvIRondes",
                columns: new[] { "AanbestedingId", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ontvangstbewijzen_InschrijvingId_Versie",
                table: "Ontvangstbewijzen",
                columns: new[] { "InschrijvingId", "Versie" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Ontvangstbewijzen_Sha256",
                table: "Ontvangstbewijzen",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_Overgang_AanbestedingId",
                table: "Overgang",
                column: "AanbestedingId");

            migrationBuilder.CreateIndex(
                name: "IX_Percelen_AanbestedingId_Nummer",
                table: "Percelen",
                columns: new[] { "AanbestedingId", "Nummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Percelen_ProductId",
                table: "Percelen",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_Percelen_SegmentId",
                table: "Percelen",
                column: "SegmentId");

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
                name: "IX_Raamovereenkomsten_AanbestedingId_PerceelNummer_Zorgaanbied~",
                table: "Raamovereenkomsten",
                columns: new[] { "AanbestedingId", "PerceelNummer", "ZorgaanbiederId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Raamovereenkomsten_Einde",
                table: "Raamovereenkomsten",
                column: "Einde");

            migrationBuilder.CreateIndex(
                name: "IX_Raamovereenkomsten_ZorgaanbiederId",
                table: "Raamovereenkomsten",
                column: "ZorgaanbiederId");

            migrationBuilder.CreateIndex(
                name: "IX_Rectificaties_AanbestedingId_Nummer",
                table: "Rectificaties",
                columns: new[] { "AanbestedingId", "Nummer" },
                unique: true);

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
                name: "IX_Scores_BeoordelingId_CriteriumId",
                table: "Scores",
                columns: new[] { "BeoordelingId", "CriteriumId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Scores_CriteriumId",
                table: "Scores",
                column: "CriteriumId");

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
                name: "IX_Toelatingsaanvragen_AanbestedingId_Status",
                table: "Toelatingsaanvragen",
                columns: new[] { "AanbestedingId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Toelatingsaanvragen_ZorgaanbiederId",
                table: "Toelatingsaanvragen",
                column: "ZorgaanbiederId");

            migrationBuilder.CreateIndex(
                name: "IX_Voortgangsberichten_InkooptrajectId_Datum",
                table: "Voortgangsberichten",
                columns: new[] { "InkooptrajectId", "Datum" });

            migrationBuilder.CreateIndex(
                name: "IX_Vragen_AanbestedingId_Volgnummer",
                table: "Vragen",
                columns: new[] { "AanbestedingId", "Volgnummer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vragen_NvIRondeId",
                table: "Vragen",
                column: "NvIRondeId");

            migrationBuilder.CreateIndex(
                name: "IX_Vragen_ZorgaanbiederId",
                table: "Vragen",
                column: "ZorgaanbiederId");

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
                name: "Berichten");

            migrationBuilder.DropTable(
                name: "Bezwaren");

            migrationBuilder.DropTable(
                name: "Bijeenkomsten");

            migrationBuilder.DropTable(
                name: "Budgetten");

            migrationBuilder.DropTable(
                name: "Consensusscores");

            migrationBuilder.DropTable(
                name: "Contractalarmen");

            migrationBuilder.DropTable(
                name: "ContractLeden");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Documenten");

            migrationBuilder.DropTable(
                name: "Fasen");

            migrationBuilder.DropTable(
                name: "Gunningsbesluiten");

            migrationBuilder.DropTable(
                name: "Gunningsdossiers");

            migrationBuilder.DropTable(
                name: "Herstelverzoeken");

            migrationBuilder.DropTable(
                name: "InschrijvingBestanden");

            migrationBuilder.DropTable(
                name: "KluisOpeningen");

            migrationBuilder.DropTable(
                name: "Lotingen");

            migrationBuilder.DropTable(
                name: "Ontvangstbewijzen");

            migrationBuilder.DropTable(
                name: "Overgang");

            migrationBuilder.DropTable(
                name: "Percelen");

            migrationBuilder.DropTable(
                name: "Rectificaties");

            migrationBuilder.DropTable(
                name: "RegioGemeente");

            migrationBuilder.DropTable(
                name: "Scores");

            migrationBuilder.DropTable(
                name: "Tarieven");

            migrationBuilder.DropTable(
                name: "Toelatingsaanvragen");

            migrationBuilder.DropTable(
                name: "Voortgangsberichten");

            migrationBuilder.DropTable(
                name: "Vragen");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Raamovereenkomsten");

            migrationBuilder.DropTable(
                name: "Inschrijvingseisen");

            migrationBuilder.DropTable(
                name: "Gemeenten");

            migrationBuilder.DropTable(
                name: "Beoordelingen");

            migrationBuilder.DropTable(
                name: "Criteria");

            migrationBuilder.DropTable(
                name: "Producten");

            migrationBuilder.DropTable(
                name: "NvIRondes");

            migrationBuilder.DropTable(
                name: "Inschrijvingen");

            migrationBuilder.DropTable(
                name: "Eenheden");

            migrationBuilder.DropTable(
                name: "ProductCategorieen");

            migrationBuilder.DropTable(
                name: "Segmenten");

            migrationBuilder.DropTable(
                name: "Aanbestedingen");

            migrationBuilder.DropTable(
                name: "Zorgaanbieders");

            migrationBuilder.DropTable(
                name: "Inkooptrajecten");

            migrationBuilder.DropTable(
                name: "Regios");
        }
    }
}
