/** Portuguese messages of the theme report, TAP project and Gateway provider forms and the resilience goal page. */
export const ptThemeWork = {
  themeWork: {
    resilience: {
      title: "Meta de resiliência",
      intro:
        "A meta do plano: 25% dos membros relatam riscos, uma política de resiliência, compromissos de adaptação, planos de adaptação e ações de adaptação.",
      members: "Membros",
      elementsMet: "Elementos na meta",
      met: "A meta foi alcançada",
      notMet: "A meta ainda não foi alcançada",
      regions: "Regiões",
      network: "Em toda a rede",
      chartNetwork: "Parcela dos membros que relatam cada elemento",
      element: "Elemento",
      count: "Membros",
      share: "Parcela dos membros",
      meets: "Atinge a meta",
      yes: "sim",
      no: "não",
      byRegion: "Por região",
      chartRegions: "Parcela dos membros por região",
      region: "Região",
      noRegion: "Sem região",
      noMembers: "Ainda não há membros.",
      goalLine: "meta {{share}}",
      elements: {
        risks: "Riscos",
        policy: "Política de resiliência",
        commitments: "Compromissos de adaptação",
        plans: "Planos de adaptação",
        actions: "Ações de adaptação",
      },
    },
  },
};
