int duelineIconsAnchor()
{
    return 0;
}
