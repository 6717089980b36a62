using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Candor.Bot.Tests.LinkFetch;

/// <summary>Public post pages written for these tests, shaped like LinkedIn's (Open Graph and JSON-LD), and broken ones.</summary>
internal static class PostPages
{
    public const string Post = "/posts/dana-ortiz_spot-instances-activity-7243992047441870850-AbCd/";
    public const string Graph = "/feed/update/urn:li:activity:7243992047441870851/";
    public const string Malformed = "/posts/malformed-activity-7243992047441870852-Zz/";
    public const string LoginWall = "/posts/login-wall-activity-7243992047441870853-Zz/";
    public const string Huge = "/posts/huge-activity-7243992047441870854-Zz/";
    public const string Slow = "/posts/slow-activity-7243992047441870855-Zz/";
    public const string Json = "/posts/json-activity-7243992047441870856-Zz/";
    public const string Missing = "/posts/missing-activity-7243992047441870857-Zz/";
    public const string RedirectChain = "/redirect/3";
    public const string RedirectTooLong = "/redirect/4";
    public const string RedirectLoop = "/loop";
    public const string RedirectOff = "/off";
    public const string RedirectUserInfo = "/off-userinfo";
    public const string RedirectLoopback = "/off-ip";

    public const string PostText = "We moved our nightly batch jobs to spot instances and cut the cloud bill by 40%. The catch: checkpointing every job so a reclaimed node costs minutes, not hours.";
    public const string RealComment = "How often do you checkpoint? We tried every 10 minutes and the S3 writes ate half the savings.";
    public const string PodComment = "Great post! Thanks for sharing";

    private static readonly string[] ForumPosting = ["DiscussionForumPosting"];

    public static async Task ServeAsync(HttpContext context)
    {
        var response = context.Response;
        switch (context.Request.Path.Value)
        {
            case Post:
                await HtmlAsync(response, Page(Posting("SocialMediaPosting", [("Dana Ortiz", PostText)], Comments())));
                break;
            case Graph:
                await HtmlAsync(response, Page(JsonSerializer.Serialize(new Dictionary<string, object>
                {
                    ["@context"] = "https://schema.org",
                    ["@graph"] = new object[]
                    {
                        new Dictionary<string, object> { ["@type"] = "WebPage", ["name"] = "A post" },
                        new Dictionary<string, object>
                        {
                            ["@type"] = ForumPosting,
                            ["text"] = PostText,
                            ["author"] = new object[] { new Dictionary<string, string> { ["@type"] = "Person", ["name"] = "Dana Ortiz" } },
                            ["datePublished"] = "2024-09-23T14:38:10Z",
                            ["comment"] = new Dictionary<string, object> { ["@type"] = "Comment", ["text"] = RealComment, ["author"] = "Sam Lee", ["dateCreated"] = "2024-09-23T15:02:00Z" },
                        },
                    },
                })));
                break;
            case Malformed:
                await HtmlAsync(response, Page("{\"@type\": \"SocialMediaPosting\", \"articleBody\": \"unterminated", "{\"@graph\": [[[[", "<<not json>>"));
                break;
            case LoginWall:
                await HtmlAsync(response, "<!DOCTYPE html><html><head><title>Sign Up | LinkedIn</title></head><body><form><input name=\"session_key\"></form></body></html>");
                break;
            case Huge:
                await HtmlAsync(response, Page(Posting("SocialMediaPosting", [("Dana Ortiz", PostText)], Comments())) + new string(' ', 200_000));
                break;
            case Slow:
                response.ContentType = "text/html; charset=utf-8";
                await response.WriteAsync("<!DOCTYPE html><html><head>", context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);

                // Never finishes: the fetcher's own time limit must end the exchange.
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                break;
            case Json:
                response.ContentType = "application/json";
                await response.WriteAsync(Posting("SocialMediaPosting", [("Dana Ortiz", PostText)], Comments()));
                break;
            case RedirectLoop:
                response.Redirect(RedirectLoop);
                break;
            case RedirectOff:
                response.Redirect("https://linkedin.com.evil.example/posts/x");
                break;
            case RedirectUserInfo:
                response.Redirect("https://www.linkedin.com@evil.example/");
                break;
            case RedirectLoopback:
                response.Redirect("https://127.0.0.1/");
                break;
            case { } path when path.StartsWith("/redirect/", StringComparison.Ordinal) && int.TryParse(path["/redirect/".Length..], out var left):
                // Relative, then absolute: both forms must be followed.
                response.Redirect(left > 1 ? $"/redirect/{left - 1}" : $"https://www.linkedin.com{Post}");
                break;
            default:
                response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    /// <summary>Three pod-style comments and one real question, a minute apart, the post author answering.</summary>
    public static (string Author, string Text, string Time)[] Comments() =>
    [
        ("Priya Raman", PodComment, "2024-09-23T14:39:00Z"),
        ("Tom Becker", PodComment, "2024-09-23T14:39:30Z"),
        ("Lena Ortiz", PodComment, "2024-09-23T14:40:00Z"),
        ("Sam Lee", RealComment, "2024-09-23T16:12:00Z"),
    ];

    public static string Posting(string type, (string Author, string Text)[] post, (string Author, string Text, string Time)[] comments) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = type,
            ["articleBody"] = post[0].Text,
            ["author"] = new Dictionary<string, string> { ["@type"] = "Person", ["name"] = post[0].Author },
            ["datePublished"] = "2024-09-23T14:38:10Z",
            ["comment"] = comments.Select(c => new Dictionary<string, object>
            {
                ["@type"] = "Comment",
                ["text"] = c.Text,
                ["dateCreated"] = c.Time,
                ["author"] = new Dictionary<string, string> { ["@type"] = "Person", ["name"] = c.Author },
            }).ToArray(),
        });

    /// <summary>A public post page: Open Graph in the head, then each JSON-LD block, then a body of UI text that is not the post.</summary>
    public static string Page(params string[] jsonLd)
    {
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<title>Dana Ortiz on LinkedIn: spot instances</title>")
            .Append("<meta property=\"og:title\" content=\"Dana Ortiz on LinkedIn: We moved our nightly batch jobs to spot instances\">")
            .Append("<meta property=\"og:description\" content=\"").Append(System.Net.WebUtility.HtmlEncode(PostText)).Append("\">")
            .Append("<meta property=\"og:url\" content=\"https://www.linkedin.com").Append(Post).Append("\">")
            .Append("<meta property=\"article:published_time\" content=\"2024-09-23T14:38:10Z\">");
        foreach (var block in jsonLd)
        {
            html.Append("<script type=\"application/ld+json\">").Append(block).Append("</script>");
        }

        return html.Append("</head><body><main><p>Like</p><p>Comment</p><p>Repost</p><a href=\"/signup\">Join now</a></main></body></html>").ToString();
    }

    private static async Task HtmlAsync(HttpResponse response, string html)
    {
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync(html);
    }
}
