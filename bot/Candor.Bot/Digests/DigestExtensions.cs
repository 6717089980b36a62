using Candor.Analysis.Lockstep;
using Candor.Bot.Storage;
using Microsoft.Data.Sqlite;
using Npgsql;
using Quartz;

namespace Candor.Bot.Digests;

internal static class DigestExtensions
{
    /// <summary>
    /// Digest schedules on Quartz, in the database storage uses: on PostgreSQL a clustered job store, so instances
    /// sharing it fire each digest once and one takes over the firings of an instance that dies; on SQLite (one
    /// instance) a persistent store, so schedules and a firing cut short survive a restart. Quartz creates its
    /// tables (qrtz_*) when they are missing. Call after <see cref="StorageExtensions.AddStorage"/>.
    /// </summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A digest or lockstep setting is wrong; the message names the key.</exception>
    public static WebApplicationBuilder AddDigests(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(DigestSettings.Read(builder.Configuration));
        services.AddSingleton(Hosting.Settings.Read<LockstepOptions>(builder.Configuration, "Lockstep", options => options.Problems()));
        services.AddSingleton<DigestScheduler>();
        services.AddSingleton<DigestComposer>();
        services.AddSingleton<DigestDelivery>();
        services.AddSingleton<DigestCommands>();
        services.AddTransient<DigestJob>();

        var storage = StorageSettings.Read(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddQuartz(quartz =>
        {
            quartz.UseDefaultThreadPool(maxConcurrency: 4);
            quartz.UsePersistentStore(store =>
            {
                if (storage.Provider == StorageProvider.Postgres)
                {
                    store.UsePostgres(NpgsqlFactory.Instance, storage.ConnectionString);
                    store.UseClustering();
                }
                else
                {
                    store.UseSqlite(SqliteFactory.Instance, storage.ConnectionString);
                }

                store.ProvisionSchema();
                // Plain strings in the job data: readable in the database, and nothing to deserialise across versions.
                store.ConfigureStore(options => options.StoreJobDataAsStrings = true);
            });
        });
        // A stop lets a digest being sent finish, so it is marked sent rather than left for a recovery to wonder about.
        services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        return builder;
    }
}
