#!/usr/bin/perl
# SPDX-License-Identifier: GPL-3.0-or-later
# Perl Business::Hours 0.13 (the business-hours engine behind Request Tracker) on a workload
# written by `dueline-cli bench sla --workload-out FILE`.
#
#   tests/bench/business_hours.pl [--count N] [--calendar ru.json] [--show N] WORKLOAD
#
# WORKLOAD lines are "start_epoch working_seconds due_epoch" (UTC epoch seconds; working_seconds
# is the working time the target needs, business days already converted by Dueline's rule;
# due_epoch is Dueline's answer). For the first N cases (default 3000) this computes
# $hours->add_seconds(start, working_seconds), timing only that loop with Time::HiRes, and
# prints one JSON object: due_per_second, cases, agree, compared, and a breakdown.
#
# The Business::Hours object: Mon-Fri 11:00-20:00 in TZ=Europe/Moscow (set below, whatever the
# caller's TZ), with every weekday that resources/calendars/ru.json marks "day_off" as a
# holiday (all years in the file: 2024-2026 official, 2027 provisional, which long targets
# started late in 2026 reach).
#
# What Business::Hours cannot express, so what the comparison leaves out: working Saturdays
# (ru.json "working_day", e.g. 2024-04-27, 2024-11-02, 2024-12-28, 2025-11-01) and shortened
# pre-holiday days (ru.json "shortened", and working days with "shortened": true; Dueline ends
# them an hour early, at 19:00). A case is "compared" only if the local dates from its start to
# Dueline's due touch none of those dates; the dates are listed in "excluded_dates".
#
# Semantic differences found by reading /usr/share/perl5/Business/Hours.pm (0.13):
#  * Start outside business hours: add_seconds takes the elements of the business-hours set
#    from START on, so element 0 is the first business second at or after START. That is the
#    same as Dueline (the clock starts at the next opening). No difference.
#  * Due exactly at closing time: Business::Hours counts business *seconds* and returns
#    elements[SECONDS], the (SECONDS+1)-th business second. An "End" of 20:00 means the last
#    business second is 19:59:59, so when the work runs out exactly at closing it returns the
#    next opening (e.g. 11:00 next working day), where Dueline returns the closing instant
#    (20:00). Same amount of working time, different instant. It is systematic: a business-day
#    target counted from an opening (every start outside hours) ends at a closing in Dueline,
#    and so do whole multiples of 9 hours from an opening. Counted as "disagree_at_closing".
#  * A 30-calendar-day search window: add_seconds widens its window one day at a time and
#    returns -1 once the window would reach START + 30 days, so targets needing more than the
#    working time in ~29 calendar days (about 20 working days, fewer across holidays) get -1.
#    Counted as "disagree_window_cap". They stay in the timed loop: each costs 29 window
#    rebuilds but never materialises the set's elements, so it is cheaper than a long target
#    that succeeds (about 7 ms against 17 ms for targets over 5 working days, here).
#  * Holidays are most of its cost: every window rebuild walks the whole holiday list (about
#    twice the speed without holidays); they are all passed, as Request Tracker would.
use strict;
use warnings;

BEGIN {
    $ENV{TZ} = 'Europe/Moscow';
}
use POSIX qw(tzset strftime);
use Business::Hours;
use Cwd qw(abs_path);
use File::Basename qw(dirname);
use Getopt::Long qw(GetOptions);
use JSON::PP;
use Time::HiRes qw(clock_gettime CLOCK_MONOTONIC);
use Time::Local qw(timelocal);

tzset();

my $root = abs_path(dirname(abs_path(__FILE__)) . '/../..');
my $count = 3000;
my $calendar_file = "$root/resources/calendars/ru.json";
my $show = 0;
GetOptions(
    'count=i'    => \$count,
    'calendar=s' => \$calendar_file,
    'show=i'     => \$show,
) or die "usage: $0 [--count N] [--calendar ru.json] [--show N] WORKLOAD\n";
die "usage: $0 [--count N] [--calendar ru.json] [--show N] WORKLOAD\n" unless @ARGV == 1;
die "--count: expected a positive number\n" unless $count > 0;
my $workload_file = $ARGV[0];

# --- The Russian production calendar --------------------------------------------------------
my $calendar = do {
    open my $fh, '<:raw', $calendar_file or die "$calendar_file: $!\n";
    local $/;
    JSON::PP->new->decode(<$fh>);
};
my (@holidays, %excluded);
for my $year (@{ $calendar->{years} }) {
    for my $day (@{ $year->{days} }) {
        my ($y, $m, $d) = $day->{date} =~ /^(\d{4})-(\d\d)-(\d\d)$/ or next;
        my $wday = (localtime timelocal(0, 0, 12, $d, $m - 1, $y))[6];
        if ($day->{type} eq 'day_off') {
            push @holidays, $day->{date} if $wday >= 1 && $wday <= 5;  # weekends are off anyway
        } elsif ($day->{type} eq 'working_day') {
            $excluded{ $day->{date} } = $day->{shortened} ? 'working_saturday_shortened'
                                                         : 'working_saturday';
        } elsif ($day->{type} eq 'shortened') {
            $excluded{ $day->{date} } = 'shortened';
        }
    }
}

my $hours = Business::Hours->new;
my %week = (
    0 => { Name => 'Sunday', Start => undef, End => undef },
    6 => { Name => 'Saturday', Start => undef, End => undef },
);
my @names = qw(Sunday Monday Tuesday Wednesday Thursday Friday Saturday);
$week{$_} = { Name => $names[$_], Start => '11:00', End => '20:00' } for 1 .. 5;
$hours->business_hours(%week, holidays => [@holidays]);

# --- The workload ---------------------------------------------------------------------------
my @cases;
open my $wl, '<', $workload_file or die "$workload_file: $!\n";
while (my $line = <$wl>) {
    my ($start, $seconds, $due) = split ' ', $line;
    next unless defined $due;
    push @cases, [$start, $seconds, $due];
    last if @cases >= $count;
}
close $wl;
die "$workload_file: no cases\n" unless @cases;

# --- The timed loop -------------------------------------------------------------------------
my @results;
$#results = $#cases;
my $t0 = clock_gettime(CLOCK_MONOTONIC);
for my $i (0 .. $#cases) {
    $results[$i] = $hours->add_seconds($cases[$i][0], $cases[$i][1]);
}
my $elapsed = clock_gettime(CLOCK_MONOTONIC) - $t0;

# --- Comparison -----------------------------------------------------------------------------
sub local_date { strftime('%Y-%m-%d', localtime $_[0]) }

sub touches_excluded {
    my ($from, $to) = @_;
    my $last = local_date($to);
    # Step by local noon so that the walk never skips or repeats a date.
    my @t = localtime $from;
    my $day = timelocal(0, 0, 12, @t[3, 4, 5]);
    for (;;) {
        my $date = local_date($day);
        return 1 if $excluded{$date};
        return 0 if $date ge $last;
        my @n = localtime($day + 86400);
        $day = timelocal(0, 0, 12, @n[3, 4, 5]);
    }
}

my ($compared, $agree, $at_closing, $cap, $other) = (0, 0, 0, 0, 0);
my (@other_examples, @closing_examples);
for my $i (0 .. $#cases) {
    my ($start, $seconds, $due) = @{ $cases[$i] };
    next if touches_excluded($start, $due);
    ++$compared;
    my $got = $results[$i];
    if ($got == $due) {
        ++$agree;
    } elsif ($got == -1) {
        ++$cap;
    } elsif ($got > $due && $hours->first_after($due - 1) == $due - 1
             && $hours->first_after($due) == $got) {
        # Dueline's due is a closing instant (its last second is working time, it is not)
        # and Business::Hours returned the next opening.
        ++$at_closing;
        push @closing_examples, [$start, $seconds, $due, $got] if @closing_examples < $show;
    } else {
        ++$other;
        push @other_examples, [$start, $seconds, $due, $got] if @other_examples < $show;
    }
}

sub fmt { $_[0] < 0 ? $_[0] : strftime('%Y-%m-%d %a %H:%M:%S', localtime $_[0]) }
for my $e (@closing_examples) {
    printf STDERR "at closing: start %s, %d s: Dueline %s, Business::Hours %s\n",
        fmt($e->[0]), $e->[1], fmt($e->[2]), fmt($e->[3]);
}
for my $e (@other_examples) {
    printf STDERR "other: start %s, %d s: Dueline %s, Business::Hours %s\n",
        fmt($e->[0]), $e->[1], fmt($e->[2]), fmt($e->[3]);
}

my $json = JSON::PP->new->canonical;
print $json->encode({
    engine               => "Business::Hours $Business::Hours::VERSION",
    due_per_second       => 0 + sprintf('%.1f', @cases / $elapsed),
    seconds              => 0 + sprintf('%.3f', $elapsed),
    cases                => scalar @cases,
    compared             => $compared,
    agree                => $agree,
    disagree_at_closing  => $at_closing,
    disagree_window_cap  => $cap,
    disagree_other       => $other,
    excluded_cases       => @cases - $compared,
    excluded_dates       => [sort keys %excluded],
    holidays             => scalar @holidays,
    note                 => 'Business::Hours cannot express working Saturdays or shortened days; '
                          . 'cases touching those dates are excluded from the comparison',
}), "\n";
