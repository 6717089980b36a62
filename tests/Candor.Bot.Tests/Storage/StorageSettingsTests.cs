using Candor.Bot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Candor.Bot.Tests.Storage;

public sealed class StorageSettingsTests
{
    private const string ContentRoot = "/srv/candor";

    [Fact]
    public void Read_NothingConfigured_IsASqliteFileUnderTheContentRoot()
    {
        var settings = Read([]);

        Assert.Equal(StorageProvider.Sqlite, settings.Provider);
        Assert.Contains("Data Source=/srv/candor/candor.db", settings.ConnectionString, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RelativeSqliteFile_IsTakenFromTheContentRoot()
    {
        var settings = Read(new() { ["ConnectionStrings:Candor"] = "Data Source=data/team.db" });

        Assert.Contains("Data Source=/srv/candor/data/team.db", settings.ConnectionString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("postgresql")]
    public void Read_Postgres_KeepsTheConnectionString(string provider)
    {
        var settings = Read(new() { ["Storage:Provider"] = provider, ["ConnectionStrings:Candor"] = "Host=db.internal;Database=candor;Username=bot;Password=s3cret" });

        Assert.Equal(StorageProvider.Postgres, settings.Provider);
        Assert.Contains("Host=db.internal", settings.ConnectionString, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mysql", "", "Storage:Provider is 'mysql'")]
    [InlineData("postgres", "", "ConnectionStrings:Candor is empty")]
    [InlineData("postgres", "Database=candor", "names no Host")]
    [InlineData("postgres", "Hots=db;Database=candor", "not a PostgreSQL connection string")]
    [InlineData("sqlite", "Data Source=:memory:", "in-memory")]
    [InlineData("sqlite", "Data Source=x.db;Mode=Memory", "in-memory")]
    [InlineData("sqlite", "Flavour=strawberry", "not a SQLite connection string")]
    public void Read_Unusable_FailsNamingTheKey(string provider, string connection, string problem)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Read(new() { ["Storage:Provider"] = provider, ["ConnectionStrings:Candor"] = connection }));

        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_NamesTheServer_NeverThePassword()
    {
        var settings = Read(new() { ["Storage:Provider"] = "postgres", ["ConnectionStrings:Candor"] = "Host=db.internal;Port=6432;Database=candor;Username=bot;Password=s3cret" });

        Assert.Equal("PostgreSQL at db.internal:6432/candor", settings.ToString());
        Assert.DoesNotContain("s3cret", $"{settings}", StringComparison.Ordinal);
    }

    private static StorageSettings Read(Dictionary<string, string?> values) =>
        StorageSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(values).Build(), ContentRoot);
}
