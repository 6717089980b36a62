namespace Candor.Bot.Storage;

/// <summary>The database is unreachable or not one this Candor can use; the message says which and what to do, without secrets.</summary>
internal sealed class StorageException : Exception
{
    public StorageException()
    {
    }

    public StorageException(string message)
        : base(message)
    {
    }

    public StorageException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
