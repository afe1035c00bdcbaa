package org.cityindicators.observation;

/** Response examples for the OpenAPI document, copied from real answers on the Jiangmen figures. */
public final class ObservationExamples {

    public static final String PAGE = """
            {"items":[{"indicator":"retail.catering","indicatorName":"Catering revenue","area":"440700","areaName":"Jiangmen",
            "project":null,"projectName":null,"scope":null,"scopeName":null,"period":"2023","frequency":"year",
            "measure":"actual","measureName":"actual","value":134.79,"valueText":"134.79","unit":"CNY_100M",
            "unitSymbol":"100 million yuan","valueBase":13479000000,"baseUnit":"CNY","qualifier":"exact",
            "qualifierName":"exact","source":"jmdaily-2024-02-gdp","quote":"餐饮收入134.79亿元",
            "recordedAt":"2026-11-27T04:30:00Z"}],
            "page":{"number":1,"size":50,"totalPages":1},"total":1}
            """;

    public static final String SERIES = """
            {"indicator":"gdp","indicatorName":"地区生产总值","area":"440700","project":null,"scope":null,
            "measure":"actual","frequency":"year","unit":"CNY_100M","unitSymbol":"亿元",
            "points":[{"period":"2023","value":4000,"valueText":"4000","valueBase":400000000000,"qualifier":"more_than",
            "source":"jmdaily-2024-02-gdp","quote":"2023年GDP突破4000亿元","recordedAt":"2026-11-27T04:30:00Z"}]}
            """;

    public static final String LATEST = """
            {"area":"440700","areaName":"江门市","items":[{"indicator":"budget.general.total_expenditure",
            "indicatorName":"一般公共预算总支出","area":"440700","areaName":"江门市","project":null,"projectName":null,
            "scope":"municipal","scopeName":"市本级","period":"2024","frequency":"year","measure":"planned",
            "measureName":"计划安排","value":132.97,"valueText":"132.97","unit":"CNY_100M","unitSymbol":"亿元",
            "valueBase":13297000000,"baseUnit":"CNY","qualifier":"exact","qualifierName":"精确值",
            "source":"jmdaily-2024-02-budget-report","quote":"2024年市本级一般公共预算总支出为132.97亿元",
            "recordedAt":"2026-11-27T04:30:00Z"}]}
            """;

    private ObservationExamples() {
    }
}
