# Other ways people write the values the tool knows, besides their words in every
# catalog (`kind`, `kind-plural`, `role`…). Alternatives are separated by `|`; they are
# compared without case, accents, hyphens or repeated spaces. A value is read as its code
# and written back as the code.

## Kinds of actors

alias-kind-public = public sector | public organisation | public organization | public establishment
alias-kind-community = community | community organization | community organizations | non-profit | nonprofit
alias-kind-private = private sector | business | company
alias-kind-user = user | users | user partner | patient | caregiver | family caregiver | citizen

## Collaboration levels

alias-level-information = info | informing
alias-level-coordination = coordinating
alias-level-cooperation = co-operation | cooperating
alias-level-collaboration = collaborating

## Yes or no

alias-boolean-true = true | yes | y | 1
alias-boolean-false = false | no | n | 0

## Roles

alias-role-member = participant
alias-role-co-lead = co-leader | co lead | colead
alias-role-facilitator = facilitator-adviser | advisor
alias-role-animator = moderator
alias-role-delegated-manager = delegated-manager | manager by delegation
alias-role-director = executive director
alias-role-user-partner = patient partner

## Kinds of links

alias-link-kind-referral = referrals | refer
alias-link-kind-agreement = service agreement | partnership agreement
alias-link-kind-co-leadership = co-lead | co-led project
alias-link-kind-information = information sharing
alias-link-kind-shared-staff = shared employee | seconded staff

## Kinds of forums

alias-forum-kind-table = concertation table | round table
alias-forum-kind-action-group = action group
alias-forum-kind-management-group = steering group | steering committee
alias-forum-kind-committee = working group
alias-forum-kind-initiative = project | working site
alias-forum-kind-workshop = workshops
