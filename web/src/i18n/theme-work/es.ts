/** Spanish messages of the theme report, TAP project and Gateway provider forms and the resilience goal page. */
export const esThemeWork = {
  themeWork: {
    resilience: {
      title: "Meta de resiliencia",
      intro:
        "La meta del plan: el 25% de los miembros informa riesgos, una política de resiliencia, compromisos de adaptación, planes de adaptación y acciones de adaptación.",
      members: "Miembros",
      elementsMet: "Elementos en la meta",
      met: "La meta se cumple",
      notMet: "La meta aún no se cumple",
      regions: "Regiones",
      network: "En toda la red",
      chartNetwork: "Proporción de miembros que informa cada elemento",
      element: "Elemento",
      count: "Miembros",
      share: "Proporción de miembros",
      meets: "Cumple la meta",
      yes: "sí",
      no: "no",
      byRegion: "Por región",
      chartRegions: "Proporción de miembros por región",
      region: "Región",
      noRegion: "Sin región",
      noMembers: "Aún no hay miembros.",
      goalLine: "meta {{share}}",
      elements: {
        risks: "Riesgos",
        policy: "Política de resiliencia",
        commitments: "Compromisos de adaptación",
        plans: "Planes de adaptación",
        actions: "Acciones de adaptación",
      },
    },
  },
};
