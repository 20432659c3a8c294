package cn.gov.baoji.credit.publication;

import cn.gov.baoji.credit.designation.ListType;

/** The Chinese name of a list for the public pages. */
final class ListNames {

    private ListNames() {
    }

    static String of(String listType) {
        try {
            return ListType.valueOf(listType).chineseName();
        } catch (IllegalArgumentException e) {
            return listType;
        }
    }
}
