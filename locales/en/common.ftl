# Words every area shares: kinds of actors, levels, roles, link and forum kinds, quotes,
# lists and counts. Codes (`$code`) are the values written in maps.

## Kinds of actors

kind = { $code ->
    [public] public body
    [community] community organisation
    [private] private company
   *[user] service user
}
kind-plural = { $code ->
    [public] public bodies
    [community] community organisations
    [private] private companies
   *[user] service users
}
# English nouns have no gender; French messages choose articles by this.
kind-gender = { $code ->
   *[other] other
}
kind-label = { $code ->
    [public] Public
    [community] Community
    [private] Private
   *[user] User
}

## Collaboration levels (Himmelman's continuum)

level = { $code ->
    [information] information
    [coordination] coordination
    [cooperation] cooperation
   *[collaboration] collaboration
}

## Roles in a forum; a role the practice invents is shown as written

role = { $code ->
    [member] member
    [co-lead] co-lead
    [facilitator] facilitator
    [animator] animator
    [delegated-manager] delegated manager
    [director] director
    [user-partner] user partner
   *[other] { $code }
}
role-plural = { $code ->
    [member] members
    [co-lead] co-leads
    [facilitator] facilitators
    [animator] animators
    [delegated-manager] delegated managers
    [director] directors
    [user-partner] user partners
   *[other] { $code }
}
role-gender = { $code ->
   *[other] other
}

## Kinds of links; a kind the practice invents is shown as written

link-kind = { $code ->
    [referral] referral
    [agreement] agreement
    [co-leadership] co-leadership
    [information] information
    [shared-staff] shared staff
   *[other] { $code }
}
link-kind-plural = { $code ->
    [referral] referrals
    [agreement] agreements
    [co-leadership] co-leaderships
    [information] information
    [shared-staff] shared staff
   *[other] { $code }
}

## Kinds of forums; a kind the practice invents is shown as written

forum-kind = { $code ->
    [table] concertation table
    [action-group] action group
    [management-group] management group
    [committee] committee
    [initiative] initiative
    [workshop] workshop
   *[other] { $code }
}
forum-kind-gender = { $code ->
   *[other] other
}

## Quotes and lists

# A name in quotes; a name that holds straight quotes itself gets curly ones.
quoted = { $contains ->
    [quote] “{ $text }”
   *[other] "{ $text }"
}
list-separator = {", "}
# Between items that hold commas themselves.
list-separator-long = {"; "}
list-and = { $init } and { $last }
list-and-others = { $init } and { $rest ->
    [one] 1 other
   *[other] { $rest } others
}
series-separator = {"; "}

## Counts

count-actors = { $count ->
    [one] 1 actor
   *[other] { $count } actors
}
count-ties = { $count ->
    [one] 1 tie
   *[other] { $count } ties
}
# "3 community organisations", "1 public body".
count-kind = { $count ->
    [one] 1 { $kind }
   *[other] { $count } { $kind-plural }
}

## Pseudonyms

# The name given to a service user when users are anonymised.
pseudonym-user = User { $number }
# The values only service users hold, when users are anonymised.
pseudonym-organization = User organisation { $number }
pseudonym-sector = User sector { $number }
pseudonym-territory = User territory { $number }
pseudonym-need = User need { $number }
