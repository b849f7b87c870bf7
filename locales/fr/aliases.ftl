# Les autres façons d'écrire les valeurs que l'outil connaît, en plus de leurs mots dans
# chaque catalogue (`kind`, `kind-plural`, `role`…). Les variantes sont séparées par `|` ;
# elles se comparent sans casse, sans accents, sans traits d'union ni espaces répétées.
# Une valeur se lit comme son code et s'écrit ensuite comme ce code.

## Types d'acteurs

alias-kind-public = publique | organisme public | organismes publics | secteur public | établissement public | réseau public
alias-kind-community = communautaire | organisme communautaire | organismes communautaires | milieu communautaire | OBNL | OSBL
alias-kind-private = privé | privée | entreprise privée | entreprises privées | secteur privé | entreprise
alias-kind-user = usager | usagère | usagers | usager partenaire | usagère partenaire | proche aidant | proche aidante | proches aidants | patient partenaire | citoyen | citoyenne

## Niveaux de collaboration

alias-level-information = info
alias-level-coordination = coordonner
alias-level-cooperation = coopération | cooperation
alias-level-collaboration = collaboration

## Oui ou non

alias-boolean-true = vrai | oui | o
alias-boolean-false = faux | non

## Rôles

alias-role-member = membre | membres | participant | participante
alias-role-co-lead = co-porteur | co-porteuse | co-porteurs | coporteur | coporteuse
alias-role-facilitator = conseiller-facilitateur | conseillère-facilitatrice | conseiller facilitateur | conseillère facilitatrice | facilitateur | facilitatrice
alias-role-animator = animateur | animatrice
alias-role-delegated-manager = gestionnaire délégué | gestionnaire déléguée | gestionnaire délégué(e)
alias-role-director = directeur | directrice
alias-role-user-partner = usager partenaire | usagère partenaire | patient partenaire

## Types de liens

alias-link-kind-referral = référencement | référence | références | orientation
alias-link-kind-agreement = entente | ententes | entente de service | protocole
alias-link-kind-co-leadership = co-portage | coportage | co-porteur
alias-link-kind-information = information | échange d'information
alias-link-kind-shared-staff = personnel partagé | ressource partagée | ressources partagées | prêt de personnel

## Types d'instances

alias-forum-kind-table = table | table de concertation | table locale
alias-forum-kind-action-group = groupe d'action | groupe d’action
alias-forum-kind-management-group = groupe de gestion | comité de direction | comité directeur
alias-forum-kind-committee = comité | groupe de travail
alias-forum-kind-initiative = chantier | projet
alias-forum-kind-workshop = atelier | ateliers
