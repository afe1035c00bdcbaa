package org.cityindicators.observation;

/** Response examples for the OpenAPI document, copied from real answers on the Jiangmen figures. */
final class ObservationExamples {

    public static final String PAGE = """
            {"items":[{"id":43,"indicator":"retail.catering","indicatorName":"Catering revenue","area":"440700","areaName":"Jiangmen",
            "project":null,"projectName":null,"scope":null,"scopeName":null,"period":"2023","frequency":"year",
            "measure":"actual","measureName":"actual","value":134.79,"valueText":"134.79","decimals":2,"unit":"CNY_100M",
            "unitSymbol":"100 million yuan","valueBase":13479000000,"baseUnit":"CNY","qualifier":"exact",
            "qualifierName":"exact","source":"jmdaily-2024-02-gdp","quote":"餐饮收入134.79亿元",
            "recordedAt":"2026-11-27T05:14:41.183954Z","withdrawn":false}],
            "page":{"size":100,"next":null},"total":1}
            """;

    public static final String SERIES = """
            {"indicator":"gdp","indicatorName":"地区生产总值","area":"440700","project":null,"scope":null,
            "measure":"actual","frequency":"year","unit":"CNY_100M","unitSymbol":"亿元",
            "points":[{"period":"2023","value":4000,"valueText":"4000","decimals":0,"valueBase":400000000000,"qualifier":"more_than",
            "source":"jmdaily-2024-02-gdp","quote":"2023年GDP突破4000亿元","recordedAt":"2026-11-27T05:14:41.183954Z"}]}
            """;

    public static final String LATEST = """
            {"area":"440700","areaName":"江门市","items":[{"id":15,"indicator":"budget.general.total_expenditure",
            "indicatorName":"一般公共预算总支出","area":"440700","areaName":"江门市","project":null,"projectName":null,
            "scope":"municipal","scopeName":"市本级","period":"2024","frequency":"year","measure":"planned",
            "measureName":"计划安排","value":132.97,"valueText":"132.97","decimals":2,"unit":"CNY_100M","unitSymbol":"亿元",
            "valueBase":13297000000,"baseUnit":"CNY","qualifier":"exact","qualifierName":"精确值",
            "source":"jmdaily-2024-02-budget-report","quote":"2024年市本级一般公共预算总支出为132.97亿元",
            "recordedAt":"2026-11-27T05:14:41.183954Z","withdrawn":false}]}
            """;

    public static final String CSV = """
            indicator,area,project,scope,period,measure,value,unit,qualifier,source,quote,frequency,indicator_name_zh,\
            indicator_name_en,area_name_zh,area_name_en,project_name_zh,project_name_en,unit_symbol_zh,unit_symbol_en,\
            value_base,base_unit,recorded_at
            retail.catering,440700,,,2023,actual,134.79,CNY_100M,exact,jmdaily-2024-02-gdp,餐饮收入134.79亿元,year,餐饮收入,\
            Catering revenue,江门市,Jiangmen,,,亿元,100 million yuan,13479000000,CNY,2026-11-27T04:28:53.841316Z
            retail.goods,440700,,,2023,actual,1213.11,CNY_100M,exact,jmdaily-2024-02-gdp,全市商品零售1213.11亿元,year,商品零售,\
            Retail sales of goods,江门市,Jiangmen,,,亿元,100 million yuan,121311000000,CNY,2026-11-27T04:28:53.841316Z
            retail.total,440700,,,2023,actual,1347.90,CNY_100M,exact,jmdaily-2024-02-gdp,全市实现社会消费品零售总额1347.90亿元,\
            year,社会消费品零售总额,Total retail sales of consumer goods,江门市,Jiangmen,,,亿元,100 million yuan,134790000000,\
            CNY,2026-11-27T04:28:53.841316Z
            """;

    public static final String JSONSTAT = """
            {"version":"2.0","class":"dataset","label":"Observations","updated":"2026-11-27T04:28:53Z",
            "source":"jmdaily-2024-02-gdp","id":["indicator","measure","scope","subject","unit","period"],"size":[1,1,1,1,1,1],
            "dimension":{"indicator":{"label":"indicator","category":{"index":{"gdp":0},"label":{"gdp":"Gross domestic product"}}},
            "measure":{"label":"measure","category":{"index":{"actual":0},"label":{"actual":"actual"}}},
            "scope":{"label":"fiscal scope","category":{"index":{"none":0},"label":{"none":"not applicable"}}},
            "subject":{"label":"area or project","category":{"index":{"440700":0},"label":{"440700":"Jiangmen"}}},
            "unit":{"label":"unit","category":{"index":{"CNY_100M":0},"label":{"CNY_100M":"100 million yuan"}}},
            "period":{"label":"period","category":{"index":{"2023":0},"label":{"2023":"2023"}}}},"role":{"time":["period"]},
            "value":{"0":4000},"status":{"0":"more_than"},
            "extension":{"status":{"exact":"exact","more_than":"more than","about":"about","nearly":"nearly"}}}
            """;

    public static final String DERIVED = """
            {"indicator":"budget.general.expenditure","items":[{"indicator":"budget.general.expenditure","area":"440700",
            "project":null,"scope":"consolidated","period":"2023","frequency":"year","method":"execution_rate","basis":"actual",
            "value":99.9,"valueText":"99.9","decimals":1,"unit":"PERCENT","qualifier":"exact","derived":true,"inputs":[
            {"indicator":"budget.general.expenditure","measure":"actual","period":"2023","valueText":"454.51","unit":"CNY_100M","qualifier":"exact"},
            {"indicator":"budget.general.expenditure","measure":"adjusted_budget","period":"2023","valueText":"455.08","unit":"CNY_100M","qualifier":"exact"}]}]}
            """;

    public static final String COMPOSITION = """
            {"items":[{"indicator":"retail.total","area":"440700","project":null,"scope":null,"measure":"actual","period":"2023",
            "unit":"CNY_100M","valueText":"1347.90","qualifier":"exact","partsSum":"1347.90","difference":"0.00",
            "partsDefined":2,"partsFound":2,"consistent":true,"parts":[{"indicator":"retail.catering","valueText":"134.79",
            "unit":"CNY_100M","valueInWholeUnit":"134.79","qualifier":"exact"},{"indicator":"retail.goods","valueText":"1213.11",
            "unit":"CNY_100M","valueInWholeUnit":"1213.11","qualifier":"exact"}]}],
            "page":{"size":100,"next":null},"total":1}
            """;

    public static final String COMPARISON = """
            {"indicator":"gdp","indicatorName":"地区生产总值","period":"2023","periodName":"2023年","frequency":"year",
            "scope":null,"scopeName":null,"measure":"actual","measureName":"实际完成","items":[{"rank":1,"area":"440700",
            "areaName":"江门市","names":{"zh":"江门市","en":"Jiangmen"},"level":"prefecture","parent":"440000","value":4000,
            "valueText":"4000","unit":"CNY_100M","unitSymbol":"亿元","valueBase":400000000000,"qualifier":"more_than",
            "qualifierName":"超过","source":"jmdaily-2024-02-gdp","quote":"2023年GDP突破4000亿元"}]}
            """;

    private ObservationExamples() {
    }
}
