// Test support library: fake clock, temporary databases, throwaway PostgreSQL server.
int duelineTestSupportAnchor()
{
    return 0;
}
