using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Candor.Bot.Storage;

internal enum StorageProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Where Candor keeps what it must remember (<c>Storage:Provider</c>, <c>ConnectionStrings:Candor</c>): a SQLite
/// file under the content root by default, so a fresh machine needs nothing, or PostgreSQL shared by many instances.
/// </summary>
internal sealed record StorageSettings(StorageProvider Provider, string ConnectionString)
{
    public const string ProviderKey = "Storage:Provider";
    public const string ConnectionKey = "ConnectionStrings:Candor";
    public const string DefaultSqliteFile = "candor.db";

    /// <exception cref="OptionsValidationException">The provider is unknown or the connection string unusable; the message names the key.</exception>
    public static StorageSettings Read(IConfiguration configuration, string contentRoot)
    {
        var connection = configuration[ConnectionKey];
        return configuration[ProviderKey]?.Trim().ToLowerInvariant() switch
        {
            null or "" or "sqlite" => new(StorageProvider.Sqlite, Sqlite(connection, contentRoot)),
            "postgres" or "postgresql" => new(StorageProvider.Postgres, Postgres(connection)),
            var other => throw Invalid($"{ProviderKey} is '{other}'; use 'sqlite' (one instance) or 'postgres' (many instances)."),
        };
    }

    /// <summary>Where the data is, for logs and messages: never the password (a record would print the connection string).</summary>
    public override string ToString()
    {
        if (Provider == StorageProvider.Sqlite)
        {
            return $"SQLite at {new SqliteConnectionStringBuilder(ConnectionString).DataSource}";
        }

        var postgres = new NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL at {postgres.Host}:{postgres.Port}/{postgres.Database ?? postgres.Username}";
    }

    // A relative file is taken from the content root, where appsettings.json is read from, and made absolute so
    // the start-up log names exactly which file is in use.
    private static string Sqlite(string? connection, string contentRoot)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(connection) ? $"Data Source={DefaultSqliteFile}" : connection);
        }
        catch (ArgumentException unreadable)
        {
            throw Invalid($"{ConnectionKey} is not a SQLite connection string: {unreadable.Message}");
        }

        if (builder.Mode == SqliteOpenMode.Memory || builder.DataSource is ":memory:" or "")
        {
            // Every pooled connection would see its own empty database: nothing would be remembered.
            throw Invalid($"{ConnectionKey} names an in-memory SQLite database; give a file, such as 'Data Source={DefaultSqliteFile}'.");
        }

        builder.DataSource = Path.GetFullPath(builder.DataSource, contentRoot);
        builder.Pooling = true;
        return builder.ToString();
    }

    private static string Postgres(string? connection)
    {
        if (string.IsNullOrWhiteSpace(connection))
        {
            throw Invalid($"{ProviderKey} is 'postgres' but {ConnectionKey} is empty; set it to 'Host=…;Database=candor;Username=…;Password=…'.");
        }

        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connection);
        }
        catch (ArgumentException unreadable)
        {
            throw Invalid($"{ConnectionKey} is not a PostgreSQL connection string: {unreadable.Message}");
        }

        return string.IsNullOrWhiteSpace(builder.Host)
            ? throw Invalid($"{ConnectionKey} names no Host for PostgreSQL.")
            : builder.ToString();
    }

    private static OptionsValidationException Invalid(string problem) => new(ProviderKey, typeof(StorageSettings), [problem]);
}
