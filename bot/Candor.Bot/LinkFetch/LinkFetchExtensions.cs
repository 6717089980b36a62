namespace Candor.Bot.LinkFetch;

internal static class LinkFetchExtensions
{
    /// <summary>Reading a pasted post link's public page (<c>LinkFetch:*</c>, off by default), on the real network only.</summary>
    public static WebApplicationBuilder AddLinkFetch(this WebApplicationBuilder builder)
    {
        // Read and checked now, so a bad key stops start-up with its name.
        var settings = LinkFetchSettings.Read(builder.Configuration);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(services => new PageFetcher(settings, FetchNetwork.Internet, services.GetRequiredService<ILogger<PageFetcher>>()));
        builder.Services.AddSingleton<PostLinks>();
        return builder;
    }
}
