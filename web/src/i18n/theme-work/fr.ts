/** French messages of the theme report, TAP project and Gateway provider forms and the resilience goal page. */
export const frThemeWork = {
  themeWork: {
    resilience: {
      title: "Objectif de résilience",
      intro:
        "L'objectif du plan : 25 % des membres déclarent leurs risques, une politique de résilience, des engagements d'adaptation, des plans d'adaptation et des actions d'adaptation.",
      members: "Membres",
      elementsMet: "Éléments à l'objectif",
      met: "L'objectif est atteint",
      notMet: "L'objectif n'est pas encore atteint",
      regions: "Régions",
      network: "Dans tout le réseau",
      chartNetwork: "Part des membres déclarant chaque élément",
      element: "Élément",
      count: "Membres",
      share: "Part des membres",
      meets: "Atteint l'objectif",
      yes: "oui",
      no: "non",
      byRegion: "Par région",
      chartRegions: "Part des membres par région",
      region: "Région",
      noRegion: "Sans région",
      noMembers: "Aucun membre pour l'instant.",
      goalLine: "objectif {{share}}",
      elements: {
        risks: "Risques",
        policy: "Politique de résilience",
        commitments: "Engagements d'adaptation",
        plans: "Plans d'adaptation",
        actions: "Actions d'adaptation",
      },
    },
  },
};
